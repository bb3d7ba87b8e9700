using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UnbindNlb: NlbId with Port and Protocol takes that one listener off; NlbId alone takes the whole NLB off. An NLB
/// left without listeners is unbound. An NLB or listener that is not bound is refused. Answers the ChangeOrderId of a
/// one-batch CoUnbindNlb order.
/// </summary>
internal sealed partial class UnbindNlbApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.FindOptional(call);
        string nlbId = call.Required("NlbId");
        int port = call.OptionalInt("Port", 0, 1, 65535);
        string? protocol = call.Optional("Protocol");
        if ((port == 0) != (protocol is null))
        {
            throw new SaeException(SaeErrors.WithMessage(port == 0 ? "Port" : "Protocol", "give Port and Protocol together (one listener), or neither (the whole NLB)."));
        }

        NlbBinding bound = app.Nlbs.FirstOrDefault(n => n.NlbId == nlbId)
            ?? throw new SaeException(SaeErrors.WithMessage("NlbId", $"{nlbId} is not bound to the application {app.AppId}."));
        List<NlbListener> left = [.. bound.Listeners];
        if (protocol is not null)
        {
            NlbListener listener = bound.Listeners.FirstOrDefault(l => l.Port == port && string.Equals(l.Protocol, protocol, StringComparison.OrdinalIgnoreCase))
                ?? throw new SaeException(SaeErrors.WithMessage("Port", $"{nlbId} has no listener on {port.ToString(CultureInfo.InvariantCulture)} over {protocol}."));
            left.Remove(listener);
        }
        else
        {
            left.Clear();
        }

        ApplicationCall.EnsureFree(app);
        int index = app.Nlbs.IndexOf(bound);
        if (left.Count == 0)
        {
            app.Nlbs.RemoveAt(index);
        }
        else
        {
            app.Nlbs[index] = bound with { Listeners = left };
        }

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.UnbindNlb, app, new LoadBalancerChange(), [1]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
