using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// RescaleApplication: a one-batch change order, CoScaleOut when Replicas grows (or stays: SAE documents no refusal
/// of the same count) and CoScaleIn when it shrinks; on success the application is configured for Replicas and a
/// running one has exactly that many instances, the newest removed first.
/// </summary>
internal sealed partial class RescaleApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        int replicas = ApplicationCall.Replicas(call, "Replicas", app.Instances);

        // Checked, not kept: every emulated instance is ready at once, so a floor on ready instances changes nothing.
        _ = ApplicationCall.MinReady(call, app.Settings);
        ApplicationCall.EnsureFree(app);

        ChangeOrderKind kind = replicas >= app.Instances ? ChangeOrderKind.ScaleOut : ChangeOrderKind.ScaleIn;
        ChangeOrder order = call.World.CreateApplicationOrder(kind, app, new Rescale(replicas), [Math.Abs(replicas - app.Instances)]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
