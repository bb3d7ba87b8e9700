using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteIngress: the ingress is gone at once; its load balancer is not (there are none to list).</summary>
internal sealed class DeleteIngressApi : ISaeApi
{
    public string Name => "DeleteIngress";

    public SaeResult Handle(SaeCall call)
    {
        SaeIngress ingress = IngressSettings.Find(call);
        call.World.Ingresses.Remove(ingress);
        return new SaeResult(new { IngressId = ingress.Id });
    }
}
