using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// RestartInstances: a one-batch CoRestartInstances change order over some of the application's instances; on
/// success each restarts in place (one more InstanceContainerRestarts, its log so far becomes the Previous log).
/// </summary>
internal sealed partial class RestartInstancesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        IReadOnlyList<string> ids = ApplicationCall.InstanceIds(call, app);
        ApplicationCall.EnsureFree(app);

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.RestartInstances, app, new InstanceRestart(ids), [ids.Count]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
