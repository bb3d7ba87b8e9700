using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// The codes <c>error:Code</c> accepts: the gateway's (sae-api.md §5.3, gateway body shape) and SAE's own (§5.2, SAE
/// envelope). A code outside both lists is refused when the plan is loaded, so a typo never silently injects nothing.
/// </summary>
internal static class InjectableErrors
{
    /// <summary>Gateway codes whose message depends on the request get a fixed "emulated fault" detail instead.</summary>
    private static readonly IReadOnlyDictionary<string, GatewayError> GatewayErrors = new[]
    {
        GatewayError.Throttling,
        GatewayError.ThrottlingUser,
        GatewayError.ThrottlingApi,
        GatewayError.ServiceUnavailable,
        GatewayError.InternalError,
        GatewayError.ApiNotFound("(emulated fault)"),
        GatewayError.IncompleteSignature("(emulated fault)"),
        GatewayError.AccessKeyNotFound,
        GatewayError.AccessKeyInactive,
        GatewayError.SecurityTokenMismatch,
        GatewayError.SecurityTokenExpired,
        GatewayError.TimeStampFormat("emulated fault"),
        GatewayError.TimeStampExpired("emulated fault"),
        GatewayError.SignatureMethod("emulated fault"),
        GatewayError.ContentMd5Mismatch,
        GatewayError.SignatureDoesNotMatch("(emulated fault)"),
        GatewayError.SignatureNonceUsed,
        GatewayError.ForbiddenRam,
    }.ToDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>Every code, gateway ones first, for error messages and the README.</summary>
    public static IEnumerable<string> Codes => GatewayErrors.Keys.Concat(SaeErrors.Documented.Keys);

    /// <summary>The error for this exact (case-sensitive) code, or null when neither the gateway nor SAE documents it.</summary>
    public static InjectableError? Find(string code) =>
        GatewayErrors.TryGetValue(code, out GatewayError? gateway) ? new InjectableError(gateway, null)
        : SaeErrors.Documented.TryGetValue(code, out SaeError? sae) ? new InjectableError(null, sae)
        : null;
}
