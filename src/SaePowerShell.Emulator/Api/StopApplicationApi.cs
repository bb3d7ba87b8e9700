using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>StopApplication: a CoStop order; when its batch succeeds the application stops and its instances go.</summary>
internal sealed class StopApplicationApi : SingleApplicationOrderApi
{
    public override string Name => "StopApplication";

    protected override ChangeOrderKind Kind => ChangeOrderKind.Stop;
}
