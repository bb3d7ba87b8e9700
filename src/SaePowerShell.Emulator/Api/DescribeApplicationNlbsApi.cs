using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationNlbs: Data.Instances maps each bound NLB's id to its DNS name, CreatedBySae and its listeners,
/// keyed "PROTOCOL:port". A listener is Configuring while a CoBindNlb order of the application runs, else Bounded
/// (SAE's spelling).
/// </summary>
internal sealed partial class DescribeApplicationNlbsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.FindOptional(call);
        string status = app.HeldBy is { IsActive: true } order && order.Kind == ChangeOrderKind.BindNlb ? "Configuring" : "Bounded";
        var instances = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (NlbBinding nlb in app.Nlbs)
        {
            instances[nlb.NlbId] = new
            {
                nlb.DnsName,
                Listeners = nlb.Listeners.ToDictionary(
                    l => $"{l.Protocol}:{l.Port}",
                    l => (object)new { l.Protocol, l.Port, Status = status, l.TargetPort, l.CertIds }),
                nlb.CreatedBySae,
            };
        }

        return Answer(new() { Instances = instances });
    }
}
