using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>StartApplication: a CoStart order; when its batch succeeds the application runs with all its instances.</summary>
internal sealed class StartApplicationApi : SingleApplicationOrderApi
{
    public override string Name => "StartApplication";

    protected override ChangeOrderKind Kind => ChangeOrderKind.Start;
}
