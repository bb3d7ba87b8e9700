using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Creating, changing and deleting a namespace, each through the one never-twice loop (<see cref="SendOnce"/>) with
/// the evidence the cmdlet table names. A namespace's id is unique, so each is looked up by it (DescribeNamespace).
/// A lost create: not there means it did not arrive (sent again); there as asked means it took effect; there otherwise
/// (someone else's) is unknown. A lost change is read back: every value given shown means it took effect; anything
/// else is unknown, never a resend. A lost delete: gone means done; still there means it did not arrive.
/// </summary>
internal static class NamespaceChanges
{
    /// <summary>SAE's code for a namespace it does not have.</summary>
    public const string NotFound = "InvalidNamespaceId.NotFound";

    public static Task<SaeNamespace> CreateAsync(SaeClient client, ServiceLocation location, NamespaceSettings wanted, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, NamespaceCalls.Create(location, wanted), "namespace " + wanted.NamespaceId,
            (response, _) => NamespaceCalls.Parse(response, wanted.NamespaceId, location),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeCreated(await FindAsync(client, location, wanted.NamespaceId, token).ConfigureAwait(false), wanted),
                "looking it up", token),
            found => "namespace " + found.NamespaceId + " is there as asked", cancellationToken);

    /// <summary>A create looked up by its id: absent, it did not arrive; present as asked, it took effect; present otherwise, unknown.</summary>
    internal static OutcomeVerdict<SaeNamespace> JudgeCreated(SaeNamespace? found, NamespaceSettings wanted)
    {
        if (found is null)
        {
            return OutcomeVerdict<SaeNamespace>.DidNotTakeEffect("there is no namespace " + wanted.NamespaceId);
        }

        return wanted.AreShownBy(found)
            ? OutcomeVerdict<SaeNamespace>.TookEffect(found)
            : OutcomeVerdict<SaeNamespace>.Unknown("namespace " + wanted.NamespaceId + " is there, but named '" + found.NamespaceName + "', not as asked: it may have been there before");
    }

    public static Task<SaeNamespace> UpdateAsync(SaeClient client, ServiceLocation location, SaeNamespace current, NamespaceSettings wanted, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, NamespaceCalls.Update(location, wanted), "namespace " + wanted.NamespaceId,
            (response, _) => Merged(current, wanted),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeUpdated(await FindAsync(client, location, wanted.NamespaceId, token).ConfigureAwait(false), current, wanted),
                "reading it back", token),
            found => "namespace " + found.NamespaceId + " shows the values given", cancellationToken);

    /// <summary>
    /// A change read back. It took effect only when the namespace shows every value given and one of them differed
    /// before; anything else, even "not as wanted", is unknown: a change may land late, and sending it again could
    /// undo someone else's.
    /// </summary>
    internal static OutcomeVerdict<SaeNamespace> JudgeUpdated(SaeNamespace? read, SaeNamespace before, NamespaceSettings wanted)
    {
        if (read is null)
        {
            return OutcomeVerdict<SaeNamespace>.Unknown("namespace " + wanted.NamespaceId + " is gone");
        }

        return wanted.AreShownBy(read) && !wanted.AreShownBy(before)
            ? OutcomeVerdict<SaeNamespace>.TookEffect(read)
            : OutcomeVerdict<SaeNamespace>.Unknown("namespace " + wanted.NamespaceId + " does not show every value given");
    }

    public static Task<bool> DeleteAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, NamespaceCalls.Delete(location, namespaceId), "namespace " + namespaceId,
            (_, __) => true,
            (sentAt, token) => LookUp.Verdict(
                async () => await FindAsync(client, location, namespaceId, token).ConfigureAwait(false) is null
                    ? OutcomeVerdict<bool>.TookEffect(true)
                    : OutcomeVerdict<bool>.DidNotTakeEffect("namespace " + namespaceId + " is still there"),
                "looking it up", token),
            _ => "namespace " + namespaceId + " is gone", cancellationToken);

    /// <summary>The namespace as DescribeNamespace shows it, or null when SAE has none of that id.</summary>
    public static async Task<SaeNamespace?> FindAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken)
    {
        try
        {
            ApiResponse response = await client.SendAsync(NamespaceCalls.Describe(location, namespaceId), cancellationToken).ConfigureAwait(false);
            return NamespaceCalls.Parse(response, namespaceId, location);
        }
        catch (SaeServiceException gone) when (string.Equals(gone.ErrorId, NotFound, StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static SaeNamespace Merged(SaeNamespace current, NamespaceSettings wanted) => new SaeNamespace
    {
        NamespaceId = current.NamespaceId,
        NamespaceName = wanted.Name,
        RegionId = current.RegionId,
        NamespaceShortId = current.NamespaceShortId,
        Custom = current.Custom,
        VpcId = current.VpcId,
        VSwitchId = current.VSwitchId,
        SecurityGroupId = current.SecurityGroupId,
        Description = wanted.Description ?? current.Description,
        EnableMicroRegistration = wanted.EnableMicroRegistration ?? current.EnableMicroRegistration,
    };
}
