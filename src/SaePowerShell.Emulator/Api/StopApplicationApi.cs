using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>StopApplication: a CoStop order; when its batch succeeds the application stops and its instances go.</summary>
internal sealed partial class StopApplicationApi : SingleApplicationOrderApi, ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(new() { ChangeOrderId = CreateOrder(call).ChangeOrderId });

    protected override ChangeOrderKind Kind => ChangeOrderKind.Stop;
}
