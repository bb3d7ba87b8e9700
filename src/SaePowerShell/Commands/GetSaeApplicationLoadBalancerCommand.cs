using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.LoadBalancers;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationLoadBalancerCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new LoadBalancerFinder(this);
        EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
        {
            foreach (SaeApplicationLoadBalancer bound in finder.List(location, appId, NamespaceId, Kind) ?? new SaeApplicationLoadBalancer[0])
            {
                bound.AppName ??= EachApplication.NameOfOne(AppId, AppName);
                WriteObject(bound);
            }
        });
    }
}
