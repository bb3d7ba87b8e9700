using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>BatchRestartApplications (sae-api.md §3.9, "related APIs"): one change order that restarts the selected applications.</summary>
internal sealed partial class BatchRestartApplicationsApi : BatchChangeOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchRestart;

    // Documented with NamespaceId and AppIds only; a Version sent along is ignored, not validated.
    protected override bool ReadsVersion => false;

    // The official API surface marks AppIds required for restart (not for start and stop): no "restart the whole namespace".
    protected override bool RequiresAppIds => true;
}
