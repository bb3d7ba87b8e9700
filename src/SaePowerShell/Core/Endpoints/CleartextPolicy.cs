using System;
using SaePowerShell.Core.Credentials;

namespace SaePowerShell.Core.Endpoints;

/// <summary>
/// Plain http carries the signed request and the security token unencrypted. It is refused for every host that is
/// not this machine (loopback, where the emulator lives), unless the user opts in: -AllowUnencryptedHttp on a
/// command, or SAE_POWERSHELL_ALLOW_HTTP=true (for an emulator in another container). The opt-in warns every time.
/// </summary>
internal static class CleartextPolicy
{
    public const string Variable = SaeEnvironmentVariables.AllowHttp;

    public static bool AllowedBy(IEnvironment environment) => ProfileFiles.IsTrue(environment.Get(Variable));

    /// <summary>Whether the endpoint would send in the clear to another machine.</summary>
    public static bool IsCleartextToAnotherHost(Uri endpoint) =>
        endpoint.IsAbsoluteUri && endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback;

    /// <summary>Throws unless the endpoint is https, loopback, or allowed.</summary>
    public static void Check(Uri endpoint, string source, bool allowed)
    {
        if (IsCleartextToAnotherHost(endpoint) && !allowed)
        {
            throw new SaeConfigurationException("UnencryptedEndpoint",
                "The endpoint '" + endpoint.GetLeftPart(UriPartial.Authority) + "' from " + source + " is plain http to a host that is not this machine, so the signed requests and any security token would cross the network unencrypted. "
                + "Use https; for an emulator on another host or container, opt in with -AllowUnencryptedHttp or " + Variable + "=true.");
        }
    }

    public static string Warning(Uri endpoint, string source) =>
        "Calls to " + endpoint.GetLeftPart(UriPartial.Authority) + " (from " + source + ") go over plain http: the signed requests and any security token cross the network unencrypted.";
}
