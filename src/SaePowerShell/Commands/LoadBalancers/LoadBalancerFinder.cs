using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.LoadBalancers;

/// <summary>
/// The part the load-balancer cmdlets hold: an application's load balancers (DescribeApplicationSlbs and/or
/// DescribeApplicationNlbs, typed), a bind or unbind sent through Core's never-twice loop with SAE's refusal or
/// "outcome unknown" as an error naming what was given, and what it came to written: its change order, or, with
/// -Wait, the change orders waited on together at the end.
/// </summary>
internal sealed class LoadBalancerFinder
{
    private readonly SaeCmdletBase _cmdlet;
    private readonly PendingChangeOrders _waiting = new PendingChangeOrders();

    public LoadBalancerFinder(SaeCmdletBase cmdlet)
    {
        _cmdlet = cmdlet;
    }

    /// <summary>The application's load balancers of <paramref name="kind"/> (both kinds when null), or null after writing the error.</summary>
    public IReadOnlyList<SaeApplicationLoadBalancer>? List(ServiceLocation location, string appId, string? namespaceId, string? kind)
    {
        var all = new List<SaeApplicationLoadBalancer>();
        foreach (string each in kind is null ? new[] { LoadBalancerSpec.Clb, LoadBalancerSpec.Nlb } : new[] { kind })
        {
            ApiResponse? response = _cmdlet.Call(LoadBalancerCalls.List(location, appId, namespaceId, each), appId,
                "Could not read the " + (each == LoadBalancerSpec.Clb ? "CLBs" : "NLBs") + " of application " + appId);
            if (response is null)
            {
                return null;
            }

            all.AddRange(LoadBalancerCalls.Parse(response, appId, namespaceId, location, each));
        }

        return all;
    }

    /// <summary>
    /// One bind or unbind, awaited on the pipeline thread, and written: its change order (kept for the end with
    /// -Wait), or, when a lost answer was found to have taken effect without a change order to show, a warning and
    /// what the look-up found. An error naming <paramref name="target"/> when SAE refused it or its fate is unknown.
    /// </summary>
    public void Change(Func<SaeClient, CancellationToken, Task<LoadBalancerOutcome>> change, object target, string what, bool wait)
    {
        LoadBalancerOutcome outcome;
        try
        {
            outcome = _cmdlet.Await(change(_cmdlet.Client, _cmdlet.CancellationToken));
        }
        catch (SaeException ex)
        {
            _cmdlet.WriteError(ErrorRecordFactory.FromException(ex, target, "Could not " + what));
            return;
        }

        if (outcome.ChangeOrder is null)
        {
            _cmdlet.WriteWarning("The call to " + what + " got no answer, and a look-up found that it took effect, but not its change order; there is none to "
                + (wait ? "wait on." : "write.") + (outcome.Found is null ? string.Empty : " What is bound now is written."));
            if (outcome.Found != null)
            {
                _cmdlet.WriteObject(outcome.Found);
            }
        }
        else if (wait)
        {
            _waiting.Add(outcome.ChangeOrder, target, "The change order to " + what + " did not finish");
        }
        else
        {
            _cmdlet.WriteObject(outcome.ChangeOrder);
        }
    }

    /// <summary>With -Wait: the change orders kept, waited on together, each written in its final state or an error naming its input.</summary>
    public void End(bool wait, int timeoutSeconds, double pollIntervalSec)
    {
        if (ChangeWait.Of(wait, timeoutSeconds, pollIntervalSec) is WaitSettings settings)
        {
            _waiting.WaitAll(_cmdlet, _cmdlet.CommandContext, settings, _cmdlet.WriteObject);
        }
    }

    /// <summary>How messages name an application.</summary>
    public static string Application(string appId, string? appName) => "application " + (appName is null ? appId : appName + " (" + appId + ")");
}
