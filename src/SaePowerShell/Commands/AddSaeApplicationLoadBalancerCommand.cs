using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.LoadBalancers;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: per
// application, the listeners checked before anything, asked about, the application's load balancers of the kind read
// (the look-up's other half), nothing sent when they are there already, else one BindSlb or BindNlb.
public sealed partial class AddSaeApplicationLoadBalancerCommand
{
    private LoadBalancerFinder? _finder;

    private LoadBalancerFinder Finder => _finder ??= new LoadBalancerFinder(this);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        IReadOnlyList<SaeLoadBalancerListener>? listeners = ListenerInput.Read(Listener, out string? problem);
        LoadBalancerSpec? spec = listeners is null ? null : LoadBalancerSpec.Of(Kind!, AddressType ?? (Kind == LoadBalancerSpec.Nlb && LoadBalancerId is null ? LoadBalancerSpec.Internet : null), LoadBalancerId, listeners);
        problem ??= spec!.BindProblem();
        if (problem != null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidLoadBalancerListener", problem, AppId.Length == 1 ? AppId[0] : (object)string.Join(", ", AppId)));
            return;
        }

        string listed = string.Join(", ", spec!.Listeners);
        EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
        {
            string where = LoadBalancerFinder.Application(appId, EachApplication.NameOfOne(AppId, AppName));
            if (!ShouldProcess(spec.Describe() + " of " + where + " (" + listed + ")", "Bind"))
            {
                return;
            }

            if (Finder.List(location, appId, NamespaceId, spec.Kind) is not { } before)
            {
                return;
            }

            if (spec.LoadBalancerId != null || spec.IsClb)
            {
                if (before.FirstOrDefault(spec.Matches) is { } bound && spec.AllThere(bound))
                {
                    WriteVerbose("The " + spec.Describe() + " of " + where + " already has " + listed + "; nothing is sent.");
                    WriteObject(bound);
                    return;
                }
            }

            Finder.Change((client, token) => LoadBalancerChanges.BindAsync(client, location, appId, NamespaceId, spec, before, token), appId, "bind " + spec.Describe() + " to " + where, Wait);
        });
    }

    /// <inheritdoc />
    internal override void EndInput() => Finder.End(Wait, Timeout, PollIntervalSec);
}
