using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateIngress: each given parameter replaces the ingress's value (Rules and DefaultRule whole), the rest is kept.
/// The load balancer cannot change (LoadBalanceType other than the ingress's is refused); a new ListenerPort another
/// ingress holds on it is refused.
/// </summary>
internal sealed partial class UpdateIngressApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeIngress current = IngressSettings.Find(call);
        if (call.Optional("LoadBalanceType") is { } type && !string.Equals(type, current.LoadBalanceType, StringComparison.OrdinalIgnoreCase))
        {
            throw new SaeException(SaeErrors.WithMessage("LoadBalanceType", $"the ingress {current.Id} is on a {current.LoadBalanceType}, which cannot change."));
        }

        SaeIngress updated = IngressSettings.Apply(call, current, IngressSettings.ListenerPort(call, current.ListenerPort));
        IngressSettings.EnsureListenerFree(call.World, updated);
        updated = updated with { Name = IngressSettings.NameOf(updated) };
        List<SaeIngress> all = call.World.Ingresses;
        all[all.IndexOf(current)] = updated;
        return Answer(new() { IngressId = updated.Id });
    }
}
