using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchStartApplications (sae-api.md §3.1): one change order that starts the selected applications.</summary>
internal sealed partial class BatchStartApplicationsApi : BatchChangeOrderApi, ISaeApi
{
    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchStart;

    protected override bool ReadsVersion => true;
}
