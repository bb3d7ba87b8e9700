using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>
/// STS's own errors. They travel in the same RPC body shape as the gateway's (Code, Message, HostId, Recommend), so
/// they are <see cref="GatewayError"/>s too; the signature errors are the gateway's own. Messages follow Alibaba's
/// STS error pages ("RoleArn is mandatory for this action.", "The parameter RoleSessionName is wrongly formed.");
/// statuses not documented there are 400.
/// </summary>
internal static class StsErrors
{
    public static GatewayError Missing(string parameter) =>
        new(400, "Missing" + parameter, $"{parameter} is mandatory for this action.");

    public static GatewayError WronglyFormed(string parameter) =>
        new(400, "InvalidParameter." + parameter, $"The parameter {parameter} is wrongly formed.");

    public static GatewayError Repeated(string parameter) =>
        new(400, "InvalidParameter", $"The parameter {parameter} is given more than once.");

    public static readonly GatewayError ActionNotFound =
        new(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");

    public static readonly GatewayError InvalidVersion =
        new(400, "InvalidVersion", $"Specified parameter Version is not valid; STS is {StsEndpoint.ApiVersion}.");

    public static readonly GatewayError JsonOnly =
        new(400, "InvalidParameter.Format", "The emulator answers Format=JSON only (without Format, STS would answer XML).");

    public static readonly GatewayError DurationSeconds =
        new(400, "InvalidParameter.DurationSeconds", $"The Min/Max value of DurationSeconds is 15min/12hr ({RoleRequest.MinDurationSeconds}..{RoleRequest.MaxDurationSeconds}).");

    public static readonly GatewayError PolicyGrammar =
        new(400, "InvalidParameter.PolicyGrammar", "The parameter Policy has not passed grammar check.");

    public static readonly GatewayError PolicySize =
        new(400, "InvalidParameter.PolicySize", $"The size of Policy must be smaller than {RoleRequest.MaxPolicyLength} bytes.");

    public static readonly GatewayError OidcTokenInvalid =
        new(400, "AuthenticationFail.OIDCToken.Invalid", "The OIDCToken is invalid.");
}
