using System;

namespace SaePowerShell.Core.Endpoints;

/// <summary>The defaults the region and endpoint chain falls back on: the session's (Connect-SaeAccount) and the profile's.</summary>
internal sealed class LocationDefaults
{
    public LocationDefaults(string? sessionRegionId, Uri? sessionEndpoint, string? profileRegionId)
    {
        SessionRegionId = sessionRegionId;
        SessionEndpoint = sessionEndpoint;
        ProfileRegionId = profileRegionId;
    }

    public string? SessionRegionId { get; }

    public Uri? SessionEndpoint { get; }

    public string? ProfileRegionId { get; }
}
