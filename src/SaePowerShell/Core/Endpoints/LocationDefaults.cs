using System;

namespace SaePowerShell.Core.Endpoints;

/// <summary>The defaults the region and endpoint chain falls back on: the session's (Connect-SaeAccount) and the profile's.</summary>
internal sealed record LocationDefaults(string? SessionRegionId, Uri? SessionEndpoint, string? ProfileRegionId);
