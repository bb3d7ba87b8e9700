using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchStartApplications (sae-api.md §3.1): one change order that starts the selected applications.</summary>
internal sealed class BatchStartApplicationsApi : ISaeApi
{
    public string Name => "BatchStartApplications";

    public string Method => "PUT";

    public string Path => "/pop/v1/sam/app/batchStartApplications";

    public SaeResult Handle(SaeCall call)
    {
        (SaeNamespace ns, IReadOnlyList<SaeApplication> apps, string? version) = BatchSelection.Resolve(call, honourFault: true);
        ChangeOrder order = call.World.CreateChangeOrder(ChangeOrderKind.BatchStart, ns.NamespaceId, apps, version);
        return new SaeResult(new { order.ChangeOrderId });
    }
}
