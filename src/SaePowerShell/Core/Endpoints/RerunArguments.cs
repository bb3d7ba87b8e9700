using System;

namespace SaePowerShell.Core.Endpoints;

/// <summary>
/// The arguments a printed hint (Wait-SaeChangeOrder ..., Get-SaeChangeOrder ...) needs to run as printed in a fresh
/// session with the same credentials: the region always, and the endpoint when a fresh session would not find it by
/// itself (it came from -Endpoint or Connect-SaeAccount, not from the environment or the region's public endpoint).
/// </summary>
internal static class RerunArguments
{
    /// <summary>" -RegionId cn-hangzhou", with " -Endpoint ..." (and -AllowUnencryptedHttp when it needs it) where a fresh session would not have it.</summary>
    public static string Of(ServiceLocation? location)
    {
        if (location is null)
        {
            return string.Empty;
        }

        string region = location.RegionId is null ? string.Empty : " -RegionId " + location.RegionId;
        bool fromThisSession = location.EndpointSource == "-Endpoint" || location.EndpointSource == "Connect-SaeAccount";
        if (!fromThisSession)
        {
            return region;
        }

        return region + " -Endpoint " + location.Endpoint.GetLeftPart(UriPartial.Authority)
            + (CleartextPolicy.IsCleartextToAnotherHost(location.Endpoint) ? " -AllowUnencryptedHttp" : string.Empty);
    }
}
