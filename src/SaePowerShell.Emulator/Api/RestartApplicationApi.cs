using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// RestartApplication: a CoRestartApplication order, as BatchRestartApplications makes; the application ends running
/// on new instances. MinReadyInstances and MinReadyInstanceRatio are checked (as a deploy checks them) and not kept;
/// AutoEnableApplicationScalingRule is checked and ignored.
/// </summary>
internal sealed partial class RestartApplicationApi : SingleApplicationOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.BatchRestart;

    protected override void CheckParameters(SaeCall call, SaeApplication app)
    {
        _ = ApplicationCall.MinReady(call, app.Settings);
        _ = call.OptionalBool("AutoEnableApplicationScalingRule", false);
    }
}
