using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Makes one planned call on one application with the evidence its kind has. A call that answers a change order is a
/// single-application change (<see cref="ApplicationChangeCaller"/>: its change orders of the action's types). An
/// update that takes effect at once (description, security group, vSwitches) is read back after a lost answer: the
/// configuration showing what was sent means it took effect, since it was only sent because it differed; anything
/// else is unknown, never a resend.
/// </summary>
internal static class ApplicationUpdate
{
    /// <summary>The change order the call answered, or null for an update that took effect at once.</summary>
    public static async Task<SaeChangeOrder?> RunAsync(SaeClient client, ServiceLocation location, AppTarget target, PlannedCall call, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        string subject = call.Api.Action + " for application " + target.AppId;
        if (call.ChangeOrderAction is ApplicationAction action)
        {
            var change = new ApplicationChange(action, target, where => Request(where, target, call), new[] { target.Input }, subject);
            return await ApplicationChangeCaller.CallAsync(client, change, location, ledger, cancellationToken).ConfigureAwait(false);
        }

        await SendOnce.CallAsync(client, Request(location, target, call), subject,
            (_, __) => true,
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(DescribeApplicationConfigCall.Request(location, target.AppId, target.NamespaceId, null), token).ConfigureAwait(false);
                    return Judge(DescribeApplicationConfigCall.Parse(read, target.AppId, target.NamespaceId, null, location), call);
                },
                "reading it back", token),
            _ => "the configuration shows " + string.Join(", ", call.Changes), cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>An at-once update read back: shown as sent, it took effect; otherwise unknown (never "did not": it may land late).</summary>
    internal static OutcomeVerdict<bool> Judge(SaeApplicationConfig read, PlannedCall call) =>
        ApplicationUpdatePlanner.IsShownBy(call, read)
            ? OutcomeVerdict<bool>.TookEffect(true)
            : OutcomeVerdict<bool>.Unknown("the configuration does not show " + string.Join(", ", call.Changes) + " as sent");

    /// <summary>The planned call's request, checked against the surface as it is built.</summary>
    public static ApiRequest Request(ServiceLocation location, AppTarget target, PlannedCall call)
    {
        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, object?> pair in call.Values)
        {
            given[pair.Key] = pair.Value;
        }

        given["AppId"] = target.AppId;
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find(call.Api.Action)!, given, location, call.Api);
        request.NamespaceId = target.NamespaceId;
        request.AppIds = new[] { target.AppId };
        request.Target = call.ChangeOrderAction != null
            ? CallTarget.Applications(target.NamespaceId, request.AppIds)
            : new CallTarget("application " + target.AppId + " in namespace " + target.NamespaceId,
                where => "Read its configuration back (Get-SaeApplicationConfig -AppId " + target.AppId + " -NamespaceId " + target.NamespaceId + where + ") before trying again.");
        return request;
    }
}
