using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateIngress: a listener (ListenerPort, ListenerProtocol) on a CLB or ALB (LoadBalanceType, SlbId; without SlbId
/// SAE buys one, AddressType Internet or Intranet) of the namespace, its DefaultRule and Rules naming applications of
/// that namespace. Answers the new IngressId (1, 2, …, never reused). A listener another ingress holds is refused.
/// </summary>
internal sealed partial class CreateIngressApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string namespaceId = call.Required("NamespaceId");
        _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        string type = call.OptionalChoice("LoadBalanceType", "clb", "clb", "alb")!;
        string slbType = call.OptionalChoice("AddressType", "internet", "internet", "intranet")!;
        string prefix = type == "clb" ? "lb-" : "alb-";
        string? slbId = call.Optional("SlbId");
        if (slbId is not null && (!slbId.StartsWith(prefix, StringComparison.Ordinal) || slbId.Length <= prefix.Length || slbId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')))
        {
            throw new SaeException(SaeErrors.WithMessage("SlbId", $"a {type} id starts with {prefix}."));
        }

        JsonItems.CheckZoneMappings(call.Optional("ZoneMappings"));
        SaeIngress defaults = IngressSettings.Defaults(world.LastIngressId + 1, namespaceId, type, slbId ?? LoadBalancerNames.NewId(prefix), slbType, slbId is null, world.Now);
        SaeIngress ingress = IngressSettings.Apply(call, defaults, IngressSettings.ListenerPort(call, 0));
        ingress = ingress with { Name = IngressSettings.NameOf(ingress) };
        IngressSettings.EnsureListenerFree(world, ingress);
        world.Ingresses.Add(ingress);
        world.LastIngressId = ingress.Id;
        return Answer(new() { IngressId = ingress.Id });
    }
}
