namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial record SaeApplicationVersion
{
    /// <summary>The application the version belongs to.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The application's name, when it was piped in; SAE's answer does not carry it.</summary>
    public string? AppName { get; init; }

    /// <summary>The application's namespace, when known; it tells the region to call.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <summary>The image the version runs: for an image version the one deployed; SAE's WarUrl, which it documents as the image's address.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The code package the version was deployed from (BuildPackageUrl, or a WarUrl that is a download link); empty for an image version.</summary>
    public string? PackageUrl { get; init; }

    /// <inheritdoc />
    public override string ToString() => VersionId;
}
