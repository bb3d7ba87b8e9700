using System;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Context;

/// <summary>
/// Where a command's calls go, fixed when the command starts: its -Endpoint and -RegionId, and the defaults of the
/// session and the profile as they were then. A plain value, so worker threads can use it; they never read the
/// runspace's session, which is not theirs to see.
/// </summary>
internal sealed record Locator(Uri? Endpoint, string? RegionId, LocationDefaults Defaults, IEnvironment Environment, bool AllowCleartext = false)
{
    /// <summary>Where a call about this namespace goes (a region given for one call wins over the command's).</summary>
    public ServiceLocation Locate(string? namespaceId, string? regionId = null) =>
        ServiceLocator.Locate(Endpoint, string.IsNullOrEmpty(regionId) ? RegionId : regionId, string.IsNullOrEmpty(namespaceId) ? null : namespaceId, Environment, Defaults, AllowCleartext);
}
