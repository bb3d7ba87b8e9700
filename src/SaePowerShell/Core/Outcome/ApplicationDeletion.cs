using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Deleting an application through the one never-twice loop (<see cref="SendOnce"/>), with the evidence the table
/// names for it: a look-up. After a lost answer the application is listed by its id (one ListApplications): gone, or
/// being deleted (AppDeletingStatus), means the delete took effect; there and not being deleted means it did not,
/// and only then is it sent again.
/// </summary>
internal static class ApplicationDeletion
{
    /// <summary>The change order SAE answered, or null when only a look-up showed the delete took effect.</summary>
    public static Task<string?> DeleteAsync(SaeClient client, ServiceLocation location, AppTarget app, CancellationToken cancellationToken) =>
        SendOnce.CallAsync<string?>(client, DeleteApplicationCall.Request(location, app), "application " + app.AppId,
            (response, _) => DeleteApplicationCall.ParseChangeOrderId(response),
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse listed = await client.SendAsync(ListApplicationsCall.Request(location, app.NamespaceId, null, new[] { app.AppId }, 1, ListApplicationsCall.PageSizes[ListApplicationsCall.PageSizes.Count - 1]), token).ConfigureAwait(false);
                    return Judge(ListApplicationsCall.Parse(listed).Items, app.AppId);
                },
                "looking it up", token),
            _ => "the application is gone or being deleted", cancellationToken);

    /// <summary>The applications listed by the deleted one's id: the verdict on a lost DeleteApplication.</summary>
    internal static OutcomeVerdict<string?> Judge(IReadOnlyList<SaeApplication> listed, string appId)
    {
        SaeApplication? still = listed.FirstOrDefault(a => string.Equals(a.AppId, appId, StringComparison.Ordinal));
        return still is null || still.AppDeletingStatus
            ? OutcomeVerdict<string?>.TookEffect(null)
            : OutcomeVerdict<string?>.DidNotTakeEffect("application " + appId + " is still there and is not being deleted");
    }
}
