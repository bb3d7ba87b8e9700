using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DeleteInstances: a one-batch CoDeleteInstances change order; on success the named instances are gone and, as
/// Kubernetes keeps a Deployment at its replica count, as many new ones run in their place.
/// </summary>
internal sealed partial class DeleteInstancesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        IReadOnlyList<string> ids = ApplicationCall.InstanceIds(call, app);
        ApplicationCall.EnsureFree(app);

        ChangeOrder order = call.World.CreateApplicationOrder(ChangeOrderKind.DeleteInstances, app, new InstanceDeletion(ids), [ids.Count]);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
