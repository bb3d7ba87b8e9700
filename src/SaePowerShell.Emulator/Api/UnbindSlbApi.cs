using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UnbindSlb: Internet=true and/or Intranet=true take that side's CLB off the application (all its listeners). A
/// side named that has no CLB is refused, as is a call that names neither. Answers the ChangeOrderId of a one-batch
/// CoUnbindSlb order.
/// </summary>
internal sealed partial class UnbindSlbApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        bool internet = call.OptionalBool("Internet", false);
        bool intranet = call.OptionalBool("Intranet", false);
        if (!internet && !intranet)
        {
            throw new SaeException(SaeErrors.WithMessage("Internet", "say which side to unbind: Internet=true, Intranet=true or both."));
        }

        if (internet && app.InternetSlb is null)
        {
            throw new SaeException(SaeErrors.WithMessage("Internet", $"the application {app.AppId} has no Internet SLB."));
        }

        if (intranet && app.IntranetSlb is null)
        {
            throw new SaeException(SaeErrors.WithMessage("Intranet", $"the application {app.AppId} has no Intranet SLB."));
        }

        ApplicationCall.EnsureFree(app);
        app.InternetSlb = internet ? null : app.InternetSlb;
        app.IntranetSlb = intranet ? null : app.IntranetSlb;
        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.UnbindSlb, app, new LoadBalancerChange(), [1]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
