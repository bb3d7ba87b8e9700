using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteIngress: the ingress is gone at once; its load balancer is not (there are none to list).</summary>
internal sealed partial class DeleteIngressApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeIngress ingress = IngressSettings.Find(call);
        call.World.Ingresses.Remove(ingress);
        return Answer(new() { IngressId = ingress.Id });
    }
}
