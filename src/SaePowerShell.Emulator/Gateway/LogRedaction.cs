namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// What the request log must not keep: anything that would let whoever reads <c>GET /_emulator/requests</c> (a test
/// report, a CI artifact, a screen share) act as the client. STS security tokens, OIDC tokens, secrets and SAE secrets' data are replaced
/// by <see cref="Mask"/>, which says nothing about their length; the parameter itself stays, so a test can still see
/// that a client sent one. The log keeps neither headers (x-acs-security-token, the metadata token) nor answer bodies
/// (issued credentials), so the query and form parameters are all there is to redact.
/// </summary>
internal static class LogRedaction
{
    public const string Mask = "***";

    /// <summary>Compared case-insensitively: a parameter a client spells differently is still the same secret to a reader.</summary>
    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "SecurityToken",
        "OIDCToken",
        "AccessKeySecret",
        "x-acs-security-token",

        // CreateSecret and UpdateSecret carry a secret's values (base64 only, so as good as plain) in the query.
        "SecretData",
    };

    public static IReadOnlyDictionary<string, string> Redact(IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.Keys.Any(SecretNames.Contains))
        {
            return parameters;
        }

        var redacted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string value) in parameters)
        {
            redacted[name] = SecretNames.Contains(name) ? Mask : value;
        }

        return redacted;
    }
}
