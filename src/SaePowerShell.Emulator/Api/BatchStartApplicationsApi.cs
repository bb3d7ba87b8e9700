using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchStartApplications (sae-api.md §3.1): one change order that starts the selected applications.</summary>
internal sealed partial class BatchStartApplicationsApi : BatchChangeOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchStart;

    protected override bool ReadsVersion => true;
}
