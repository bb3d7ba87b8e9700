using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// RescaleApplicationVertically: a one-batch CoRescaleApplicationVertically change order; on success the application
/// has the new Cpu (millicores) and Memory (MB), and a running one's instances are recreated with them.
/// </summary>
internal sealed partial class RescaleApplicationVerticallyApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        int cpu = Size(call, "Cpu");
        int memory = Size(call, "Memory");

        // This API spells them in lower camel case. Checked, not kept: every emulated instance is ready at once.
        _ = ApplicationCall.MinReady(call, app.Settings, "minReadyInstances", "minReadyInstanceRatio");
        ApplicationCall.EnsureFree(app);

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.RescaleVertically, app, new VerticalRescale(cpu, memory), [app.Instances]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }

    /// <summary>
    /// The surface types Cpu and Memory as strings here; they must still be whole numbers above 0 (the SDK: "cannot be
    /// set to 0"), else InvalidParameter.Obviously naming them.
    /// </summary>
    private static int Size(SaeCall call, string name) =>
        int.TryParse(call.Required(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new SaeException(SaeErrors.Obviously(name));
}
