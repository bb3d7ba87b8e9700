using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DeleteApplication: a one-batch CoDeleteApp change order; while it runs ListApplications answers the application
/// with AppDeletingStatus true, and when it succeeds the application and its instances are gone (AppIdNotFound for
/// every call that names it). An application with a change order running is refused, as SAE refuses it.
/// </summary>
internal sealed partial class DeleteApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        ApplicationCall.EnsureFree(app);
        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.DeleteApp, app, new ApplicationRemoval(), [Math.Max(1, app.Instances)]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
