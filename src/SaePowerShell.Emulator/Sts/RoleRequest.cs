using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>The parameters both AssumeRole actions share, checked in the order STS documents them.</summary>
internal sealed partial record RoleRequest(string RoleArn, string RoleSessionName, int DurationSeconds)
{
    public const int MinDurationSeconds = 900;
    public const int MaxDurationSeconds = 43200;
    public const int DefaultDurationSeconds = 3600;
    public const int MaxPolicyLength = 2048;

    /// <summary>RoleArn, RoleSessionName, DurationSeconds and Policy; null with the error for the first problem.</summary>
    public static RoleRequest? Parse(RpcParameters parameters, out GatewayError? error)
    {
        error = CheckRoleArn(parameters);
        return error is null ? ParseRest(parameters["RoleArn"]!, parameters, out error) : null;
    }

    /// <summary>The order AssumeRoleWithOIDC needs: RoleArn first, its own parameters, then the shared rest.</summary>
    public static GatewayError? CheckRoleArn(RpcParameters parameters)
    {
        string? roleArn = parameters["RoleArn"];
        return roleArn is null ? StsErrors.Missing("RoleArn") : !RoleArnPattern().IsMatch(roleArn) ? StsErrors.WronglyFormed("RoleArn") : null;
    }

    public static RoleRequest? ParseRest(string roleArn, RpcParameters parameters, out GatewayError? error)
    {
        string? sessionName = parameters["RoleSessionName"];
        if (sessionName is null)
        {
            error = StsErrors.Missing("RoleSessionName");
            return null;
        }

        if (!SessionNamePattern().IsMatch(sessionName))
        {
            error = StsErrors.WronglyFormed("RoleSessionName");
            return null;
        }

        int duration = DefaultDurationSeconds;
        string? durationText = parameters["DurationSeconds"];
        if (durationText is not null
            && (!int.TryParse(durationText, NumberStyles.None, CultureInfo.InvariantCulture, out duration)
                || duration < MinDurationSeconds || duration > MaxDurationSeconds))
        {
            error = StsErrors.DurationSeconds;
            return null;
        }

        error = CheckPolicy(parameters["Policy"]);
        return error is null ? new RoleRequest(roleArn, sessionName, duration) : null;
    }

    /// <summary><c>&lt;RoleArn&gt;/&lt;RoleSessionName&gt;</c>, the ARN of the assumed-role user.</summary>
    public string AssumedRoleArn => RoleArn + "/" + RoleSessionName;

    /// <summary>
    /// <c>&lt;role id&gt;:&lt;session&gt;</c>, the role id being 18 digits derived from the ARN, so the same role always
    /// has the same id (a real role id is a number of that size).
    /// </summary>
    public string AssumedRoleId
    {
        get
        {
            byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RoleArn.ToLowerInvariant()));
            ulong number = BitConverter.ToUInt64(hash, 0) % 100_000_000_000_000_000UL;
            return "3" + number.ToString("D17", CultureInfo.InvariantCulture) + ":" + RoleSessionName;
        }
    }

    /// <summary>A session policy must be a JSON object of at most <see cref="MaxPolicyLength"/> characters.</summary>
    private static GatewayError? CheckPolicy(string? policy)
    {
        if (policy is null)
        {
            return null;
        }

        if (policy.Length > MaxPolicyLength)
        {
            return StsErrors.PolicySize;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(policy);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : StsErrors.PolicyGrammar;
        }
        catch (JsonException)
        {
            return StsErrors.PolicyGrammar;
        }
    }

    // \z, not $: $ also matches before a final newline, and "name\n" is not a valid name.
    [GeneratedRegex("^acs:ram::[0-9]+:role/[A-Za-z0-9.@_-]{1,64}\\z")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex("^[A-Za-z0-9.@_-]{2,64}\\z")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex("^acs:ram::[0-9]+:oidc-provider/[A-Za-z0-9.@_-]{1,128}\\z")]
    public static partial Regex OidcProviderArnPattern();

    [GeneratedRegex("^[A-Za-z0-9_+=,.@:/-]{2,1224}\\z")]
    public static partial Regex ExternalIdPattern();
}
