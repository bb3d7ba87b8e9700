using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// BindSlb: Internet and Intranet (either or both) are JSON lists of listeners; each given side's listeners become
/// exactly those (SAE's console changes a binding by sending the whole list again). Without InternetSlbId or
/// IntranetSlbId SAE buys a CLB for the side (or keeps the one already bound); with one, that CLB is bound. Answers
/// the ChangeOrderId of a one-batch CoBindSlb order, which holds the application while it runs.
/// </summary>
internal sealed partial class BindSlbApi : ISaeApi
{
    private static readonly string[] Keys = ["port", "targetPort", "protocol", "httpsCertId", "httpsCaCertId"];

    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string? internet = call.Optional("Internet");
        string? intranet = call.Optional("Intranet");
        if (string.IsNullOrWhiteSpace(internet) && string.IsNullOrWhiteSpace(intranet))
        {
            throw new SaeException(SaeErrors.WithMessage("Internet", "give the listeners of Internet, Intranet or both."));
        }

        DateTimeOffset now = call.World.Now;
        SlbBinding? internetSlb = string.IsNullOrWhiteSpace(internet) ? app.InternetSlb : Side(call, "Internet", internet, app.InternetSlb, now);
        SlbBinding? intranetSlb = string.IsNullOrWhiteSpace(intranet) ? app.IntranetSlb : Side(call, "Intranet", intranet, app.IntranetSlb, now);
        if (internetSlb is not null && internetSlb.SlbId == intranetSlb?.SlbId)
        {
            throw new SaeException(SaeErrors.WithMessage("IntranetSlbId", $"{internetSlb.SlbId} cannot serve both the Internet and the Intranet side."));
        }

        ApplicationCall.EnsureFree(app);
        app.InternetSlb = internetSlb;
        app.IntranetSlb = intranetSlb;
        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.BindSlb, app, new LoadBalancerChange(), [1]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }

    /// <summary>One side's new binding: its listeners checked, its CLB the one given, the one bound, or a new one.</summary>
    private static SlbBinding Side(SaeCall call, string side, string json, SlbBinding? bound, DateTimeOffset now)
    {
        string chargeType = call.OptionalChoice(side + "SlbChargeType", bound?.ChargeType ?? "PayBySpec", "PayBySpec", "PayByCLCU")!;
        var listeners = new List<SlbListener>();
        foreach (JsonItems listener in JsonItems.Parse(side, json, "listener", Keys))
        {
            int port = listener.Port("port");
            string protocol = listener.Protocol("protocol", "TCP", "UDP", "HTTP", "HTTPS");
            string certId = listener.Text("httpsCertId");
            if (protocol == "HTTPS" && certId.Length == 0)
            {
                throw new SaeException(SaeErrors.WithMessage(side, $"the HTTPS listener on port {port} needs httpsCertId."));
            }

            DateTimeOffset createdAt = bound?.Listeners.FirstOrDefault(l => l.Port == port && l.Protocol == protocol)?.CreatedAt ?? now;
            listeners.Add(new SlbListener(port, listener.Port("targetPort"), protocol, certId, listener.Text("httpsCaCertId"), createdAt));
        }

        JsonItems.EnsureDistinct(side, listeners.Select(l => l.Port));
        string? slbId = call.Optional(side + "SlbId");
        if (string.IsNullOrWhiteSpace(slbId))
        {
            return bound is null
                ? NewBinding(LoadBalancerNames.NewId("lb-"), side, chargeType, createdBySae: true, listeners)
                : bound with { ChargeType = chargeType, Listeners = listeners };
        }

        if (!slbId.StartsWith("lb-", StringComparison.Ordinal) || slbId.Length < 4 || slbId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new SaeException(SaeErrors.Obviously(side + "SlbId"));
        }

        if (bound is not null && bound.SlbId != slbId)
        {
            throw new SaeException(SaeErrors.WithMessage(side + "SlbId", $"the application already has {bound.SlbId} on its {side} side; unbind it first."));
        }

        return bound is null ? NewBinding(slbId, side, chargeType, createdBySae: false, listeners) : bound with { ChargeType = chargeType, Listeners = listeners };
    }

    private static SlbBinding NewBinding(string slbId, string side, string chargeType, bool createdBySae, IReadOnlyList<SlbListener> listeners) =>
        new(slbId, LoadBalancerNames.Address(slbId, side == "Internet"), chargeType, createdBySae, listeners);
}
