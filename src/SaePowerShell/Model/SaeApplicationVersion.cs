using System;

namespace SaePowerShell;

/// <summary>
/// One deployed version of an SAE application, as ListAppVersions describes it. Pipe it to Restore-SaeApplication to
/// roll the application back to it: AppId, NamespaceId and VersionId bind by property name. ImageUrl or PackageUrl
/// says what it ran.
/// </summary>
public sealed record SaeApplicationVersion
{
    /// <summary>The version id: what RollbackApplication and DescribeApplicationConfig take as VersionId.</summary>
    public string VersionId { get; init; } = string.Empty;

    /// <summary>The application the version belongs to.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The application's name, when it was piped in; SAE's answer does not carry it.</summary>
    public string? AppName { get; init; }

    /// <summary>The application's namespace, when known; it tells the region to call.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <summary>How the version was deployed: image, or url (a code package).</summary>
    public string? Type { get; init; }

    /// <summary>When the version was deployed.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>The image the version runs: for an image version the one deployed; SAE's WarUrl, which it documents as the image's address.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The code package the version was deployed from (BuildPackageUrl, or a WarUrl that is a download link); empty for an image version.</summary>
    public string? PackageUrl { get; init; }

    /// <summary>SAE's BuildPackageUrl as it came: the code package's download link, for a url version.</summary>
    public string? BuildPackageUrl { get; init; }

    /// <summary>SAE's WarUrl as it came: despite its name the image's address, or for an uploaded package its download link.</summary>
    public string? WarUrl { get; init; }

    /// <inheritdoc />
    public override string ToString() => VersionId;
}
