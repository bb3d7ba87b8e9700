using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Deleting a namespace through the one never-twice loop (<see cref="SendOnce"/>), with the evidence the table names:
/// a look-up. After a lost answer the namespace is described: SAE's "no such namespace" means the delete took
/// effect; the namespace there means it did not, and only then is it sent again.
/// </summary>
internal static class NamespaceDeletion
{
    /// <summary>SAE's code for a namespace it does not have.</summary>
    public const string NotFound = "InvalidNamespaceId.NotFound";

    public static Task<bool> DeleteAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, NamespaceCalls.Delete(location, namespaceId), "namespace " + namespaceId,
            (_, __) => true,
            (sentAt, token) => LookUp.OrElse(
                async () =>
                {
                    try
                    {
                        await client.SendAsync(NamespaceCalls.Describe(location, namespaceId), token).ConfigureAwait(false);
                        return OutcomeVerdict<bool>.DidNotTakeEffect("namespace " + namespaceId + " is still there");
                    }
                    catch (SaeServiceException gone) when (string.Equals(gone.ErrorId, NotFound, StringComparison.Ordinal))
                    {
                        return OutcomeVerdict<bool>.TookEffect(true);
                    }
                },
                failure => OutcomeVerdict<bool>.Unknown("looking it up failed: " + LookUp.Describe(failure)), token),
            found => found, _ => "namespace " + namespaceId + " is gone", cancellationToken);
}
