using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// An error a fault rule can answer (<c>error:Code</c>): exactly one of a gateway error (gateway body shape) or an SAE
/// business error (SAE envelope), so the client sees it in the shape the real service would use for that code.
/// </summary>
internal sealed record InjectableError(GatewayError? Gateway, SaeError? Sae)
{
    public string Code => Gateway?.Code ?? Sae!.ErrorCode;

    public int Status => Gateway?.Status ?? Sae!.HttpStatus;
}
