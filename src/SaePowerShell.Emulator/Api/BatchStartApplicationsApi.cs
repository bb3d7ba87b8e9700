using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchStartApplications (sae-api.md §3.1): one change order that starts the selected applications.</summary>
internal sealed class BatchStartApplicationsApi : BatchChangeOrderApi
{
    public override string Name => "BatchStartApplications";

    public override string Path => "/pop/v1/sam/app/batchStartApplications";

    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchStart;

    protected override bool ReadsVersion => true;
}
