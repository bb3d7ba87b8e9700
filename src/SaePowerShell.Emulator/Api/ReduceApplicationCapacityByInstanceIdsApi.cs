using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ReduceApplicationCapacityByInstanceIds: a one-batch CoScaleIn change order; on success the named instances are
/// gone and the application is configured for that many fewer (unlike DeleteInstances, none replaces them).
/// </summary>
internal sealed partial class ReduceApplicationCapacityByInstanceIdsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        IReadOnlyList<string> ids = ApplicationCall.InstanceIds(call, app);
        ApplicationCall.EnsureFree(app);

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.ScaleIn, app, new InstanceScaleIn(ids), [ids.Count]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
