using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>StartApplication: a CoStart order; when its batch succeeds the application runs with all its instances.</summary>
internal sealed partial class StartApplicationApi : SingleApplicationOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.Start;
}
