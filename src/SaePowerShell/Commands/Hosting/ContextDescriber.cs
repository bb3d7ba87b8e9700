using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Hosting;

/// <summary>Builds the SaeContext a user sees: the masked key, the sources, never a secret.</summary>
internal static class ContextDescriber
{
    public static SaeContext Describe(SaeCredential credential, ServiceLocation? location, string? locationProblem, bool isSessionDefault, SessionContext? carried) =>
        new SaeContext
        {
            AccessKeyId = credential.MaskedAccessKeyId,
            CredentialType = credential.SecurityToken is null ? "AccessKey" : "StsToken",
            CredentialSource = credential.Source,
            Expiration = credential.Expiration is System.DateTimeOffset expires ? Core.Api.ServiceTime.InServiceZone(expires) : (System.DateTimeOffset?)null,
            RegionId = location?.RegionId,
            RegionSource = location?.RegionSource ?? locationProblem,
            Endpoint = location?.Endpoint,
            EndpointSource = location?.EndpointSource ?? locationProblem,
            IsSessionDefault = isSessionDefault,
            Session = carried,
        };

    /// <summary>No credential was found: the context still shows where calls would go, with the credential marked missing and why.</summary>
    public static SaeContext Missing(string why, ServiceLocation? location, string? locationProblem) =>
        new SaeContext
        {
            AccessKeyId = "(none)",
            CredentialType = "None",
            CredentialSource = why,
            RegionId = location?.RegionId,
            RegionSource = location?.RegionSource ?? locationProblem,
            Endpoint = location?.Endpoint,
            EndpointSource = location?.EndpointSource ?? locationProblem,
        };
}
