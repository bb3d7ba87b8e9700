using System.Collections.Generic;

namespace SaePowerShell.Core.Api;

/// <summary>What a deploy runs and how it rolls out; Extra holds any other official DeployApplication parameter by name.</summary>
internal sealed record DeploySpec(string? ImageUrl, string? PackageUrl, string? PackageVersion, string? PackageType, string? Description, ReleaseStrategy Strategy, IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>What is deployed, for messages: the image, or the package and its version.</summary>
    public string What => ImageUrl ?? (PackageUrl + (PackageVersion is null ? string.Empty : " (version " + PackageVersion + ")"));
}
