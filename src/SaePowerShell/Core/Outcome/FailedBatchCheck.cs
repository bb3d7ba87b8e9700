using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// A batch change order that failed in its second batch has already started the first batch's applications, and
/// its answer does not say which applications each batch held. So, after such a failure, one ListApplications of
/// the namespace, filtered to the call's AppIds, says per application whether it reached the state the call
/// wanted. What it cannot tell (a restart, an application not listed, a listing that fails) is said to be unknown,
/// never taken for a failure that nobody saw.
/// </summary>
internal static class FailedBatchCheck
{
    /// <summary>A call names at most a few thousand bytes of AppIds, and a whole namespace fits a page of 10,000: more means something is off.</summary>
    public const int MaximumPages = 10;

    public static async Task<IReadOnlyList<AppFinding>> FindAsync(SaeClient client, BatchAction action, string namespaceId, IReadOnlyList<string> appIds, ServiceLocation location, CancellationToken cancellationToken)
    {
        if (action.Reached is null)
        {
            return Unknown(appIds, "an application's listing does not show whether the " + action.Verb.ToLowerInvariant() + " reached it");
        }

        IReadOnlyList<SaeApplication> applications;
        try
        {
            var pager = new Pager<SaeApplication>(client, (page, size) => ListApplicationsCall.Request(location, namespaceId, null, appIds, page, size),
                ListApplicationsCall.Parse, a => a.AppId, ListApplicationsCall.PageSizes, MaximumPages);
            applications = await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            if (pager.ReachedBound)
            {
                return Unknown(appIds, "namespace " + namespaceId + " lists more applications than " + MaximumPages + " pages");
            }
        }
        catch (SaeException ex)
        {
            return Unknown(appIds, "listing the applications to find out failed with " + ex.ErrorId + ": " + ex.Message);
        }

        var listed = new Dictionary<string, SaeApplication>(StringComparer.Ordinal);
        foreach (SaeApplication app in applications)
        {
            listed[app.AppId] = app;
        }

        IEnumerable<string> wanted = appIds.Count > 0 ? appIds : applications.Select(a => a.AppId);
        return wanted.Select(id => !listed.TryGetValue(id, out SaeApplication? app)
                ? new AppFinding(id, null, "ListApplications of namespace " + namespaceId + " did not list it")
                : action.Reached(app)
                    ? new AppFinding(id, true, "it is " + State(app))
                    : new AppFinding(id, false, "it is " + State(app)))
            .ToList();
    }

    private static string State(SaeApplication app) => app.RunningInstances + " of " + app.Instances + " instance(s) running";

    private static IReadOnlyList<AppFinding> Unknown(IReadOnlyList<string> appIds, string reason) => appIds.Select(id => new AppFinding(id, null, reason)).ToList();
}
