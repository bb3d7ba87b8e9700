using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.LoadBalancers;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: per input, the
// load balancer named (a CLB by its side, an NLB by its id, or one of its listeners) checked, asked about, and one
// UnbindSlb or UnbindNlb; nothing is read first, since a lost answer's look-up needs only what is there after.
public sealed partial class RemoveSaeApplicationLoadBalancerCommand
{
    private LoadBalancerFinder? _finder;

    private LoadBalancerFinder Finder => _finder ??= new LoadBalancerFinder(this);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        SaeLoadBalancerListener[] listener = Port is null && Protocol is null ? new SaeLoadBalancerListener[0] : new[] { new SaeLoadBalancerListener(Port ?? 0, Port ?? 0, Protocol ?? string.Empty) };
        LoadBalancerSpec spec = LoadBalancerSpec.Of(Kind!, string.IsNullOrEmpty(AddressType) ? null : AddressType, LoadBalancerId, listener);
        string? problem = Protocol != null && Port is null ? "Give -Port with -Protocol " + Protocol + ": an NLB listens on a port and protocol." : spec.UnbindProblem();
        if (problem != null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidLoadBalancer", problem, AppId));
            return;
        }

        EachApplication.Read(this, new[] { AppId! }, NamespaceId, (appId, location) =>
        {
            string what = (listener.Length == 0 ? spec.Describe() : "the listener " + listener[0].Protocol + ":" + listener[0].Port + " of " + spec.Describe())
                + " of " + LoadBalancerFinder.Application(appId, null);
            if (Confirmation.Ask(this, Force, what, "Unbind"))
            {
                Finder.Change((client, token) => LoadBalancerChanges.UnbindAsync(client, location, appId, NamespaceId, spec, token), appId, "unbind " + what, Wait);
            }
        });
    }

    /// <inheritdoc />
    internal override void EndInput() => Finder.End(Wait, Timeout, PollIntervalSec);
}
