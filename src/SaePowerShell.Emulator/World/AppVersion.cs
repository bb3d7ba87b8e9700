namespace SaePowerShell.Emulator.World;

/// <summary>
/// One deployed version of an application (ListAppVersions): an image, or a package at a URL. Every deploy makes a new
/// one, even of the same image, and a rollback names one of them.
/// </summary>
internal sealed record AppVersion
{
    public const string ImageType = "image";
    public const string UrlType = "url";
    public const string ImagePackageType = "Image";

    public required string Id { get; init; }

    /// <summary><see cref="ImageType"/> or <see cref="UrlType"/>, as ListAppVersions spells them.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Image, FatJar, War, PythonZip, PhpZip or one of the IMAGE_PHP_* types.</summary>
    public required string PackageType { get; init; }

    /// <summary>The image an instance of this version runs; for a package, the image SAE would build from it.</summary>
    public required string ImageUrl { get; init; }

    /// <summary>The package's URL; null for an image.</summary>
    public string? PackageUrl { get; init; }

    /// <summary>
    /// What instances report as PackageVersion: the deploy's PackageVersion, else the version's creation time in epoch
    /// milliseconds, as the SDK's example for an image deploy shows.
    /// </summary>
    public required string PackageVersion { get; init; }

    /// <summary>
    /// The part of an instance id that names its version, as Kubernetes names a pod after its ReplicaSet's hash: every
    /// instance of one version shares it.
    /// </summary>
    public string ReplicaSetHash => Id.Replace("-", "", StringComparison.Ordinal)[..8];

    public static bool IsImagePackageType(string packageType) =>
        packageType == ImagePackageType || packageType.StartsWith("IMAGE_", StringComparison.Ordinal);
}
