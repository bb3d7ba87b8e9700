using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// BindNlb: Listeners, a JSON list of {Port, TargetPort, Protocol (TCP, UDP, TCPSSL), CertIds}, added to the NLB NlbId
/// names (one already bound, or one of the account's that is bound now) or, without NlbId, to a new NLB SAE creates
/// with AddressType (Internet by default). A port and protocol the NLB already listens on is refused, as is one given
/// twice. Answers the ChangeOrderId of a one-batch CoBindNlb order.
/// </summary>
internal sealed partial class BindNlbApi : ISaeApi
{
    private static readonly string[] Keys = ["Port", "TargetPort", "Protocol", "CertIds"];

    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.FindOptional(call);
        string? addressType = call.OptionalChoice("AddressType", null, "Internet", "Intranet");
        var listeners = new List<NlbListener>();
        foreach (JsonItems listener in JsonItems.Parse("Listeners", call.Required("Listeners"), "listener", Keys))
        {
            int port = listener.Port("Port");
            string protocol = listener.Protocol("Protocol", "TCP", "UDP", "TCPSSL");
            string certIds = listener.Text("CertIds");
            if (protocol == "TCPSSL" && certIds.Length == 0)
            {
                throw new SaeException(SaeErrors.WithMessage("Listeners", $"the TCPSSL listener on port {port} needs CertIds."));
            }

            listeners.Add(new NlbListener(port, listener.Port("TargetPort"), protocol, certIds));
        }

        JsonItems.CheckZoneMappings(call.Optional("ZoneMappings"));
        string? nlbId = call.Optional("NlbId");
        NlbBinding? bound = null;
        if (!string.IsNullOrWhiteSpace(nlbId))
        {
            if (!nlbId.StartsWith("nlb-", StringComparison.Ordinal) || nlbId.Length < 5 || nlbId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            {
                throw new SaeException(SaeErrors.Obviously("NlbId"));
            }

            bound = app.Nlbs.FirstOrDefault(n => n.NlbId == nlbId);
            if (bound is not null && addressType is not null && addressType != bound.AddressType)
            {
                throw new SaeException(SaeErrors.WithMessage("AddressType", $"{nlbId} is an {bound.AddressType} NLB."));
            }
        }

        List<NlbListener> all = [.. bound?.Listeners ?? [], .. listeners];
        if (all.GroupBy(l => (l.Port, l.Protocol)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new SaeException(SaeErrors.WithMessage("Listeners", $"the port {twice.Key.Port} over {twice.Key.Protocol} is bound twice."));
        }

        ApplicationCall.EnsureFree(app);
        if (bound is null)
        {
            string id = string.IsNullOrWhiteSpace(nlbId) ? LoadBalancerNames.NewId("nlb-") : nlbId;
            string region = call.World.FindNamespace(app.NamespaceId)!.RegionId;
            app.Nlbs.Add(new NlbBinding(id, addressType ?? "Internet", LoadBalancerNames.DnsName(id, region), string.IsNullOrWhiteSpace(nlbId), all));
        }
        else
        {
            app.Nlbs[app.Nlbs.IndexOf(bound)] = bound with { Listeners = all };
        }

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.BindNlb, app, new LoadBalancerChange(), [1]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
