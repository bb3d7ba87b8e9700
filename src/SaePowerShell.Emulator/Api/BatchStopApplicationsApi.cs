using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchStopApplications (sae-api.md §3.2): one change order that stops the selected applications.</summary>
internal sealed partial class BatchStopApplicationsApi : BatchChangeOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchStop;

    // The C# SDK's request model has Version for stop as for start (sae-api.md §3.2).
    protected override bool ReadsVersion => true;
}
