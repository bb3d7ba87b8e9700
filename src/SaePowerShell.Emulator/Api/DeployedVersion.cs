using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The version a DeployApplication or CreateApplication call makes: an image (ImageUrl), or a package (PackageUrl and
/// PackageVersion), or, for a deploy with neither, the current version's image or package again, as a new version.
/// </summary>
internal static class DeployedVersion
{
    /// <summary>The package types the SDK documents; another is SAE's documented InvalidPackageType.NotFound.</summary>
    public static readonly IReadOnlySet<string> PackageTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Image", "FatJar", "War", "PythonZip", "PhpZip",
        "IMAGE_PHP_5_4", "IMAGE_PHP_5_4_ALPINE", "IMAGE_PHP_5_5", "IMAGE_PHP_5_5_ALPINE", "IMAGE_PHP_5_6", "IMAGE_PHP_5_6_ALPINE",
        "IMAGE_PHP_7_0", "IMAGE_PHP_7_0_ALPINE", "IMAGE_PHP_7_1", "IMAGE_PHP_7_1_ALPINE", "IMAGE_PHP_7_2", "IMAGE_PHP_7_2_ALPINE",
        "IMAGE_PHP_7_3", "IMAGE_PHP_7_3_ALPINE",
    };

    private static readonly SaeError InvalidPackageType =
        new(400, "InvalidPackageType.NotFound", "The package type must be War, FatJar, or Image.");

    /// <summary>
    /// Reads ImageUrl, PackageUrl, PackageVersion and PackageType. The SDK documents ImageUrl as required for an image
    /// type and PackageUrl and PackageVersion for a package type: one of those missing, where the current version
    /// cannot stand in, is InvalidParameter.NotEmpty naming it.
    /// </summary>
    public static AppVersion Read(SaeCall call, SaeApplication app, DateTimeOffset now) => Read(call, app.AppName, app.CurrentVersion, now);

    /// <summary>
    /// The first version of a new application: nothing to stand in for a missing ImageUrl or PackageUrl, so the one its
    /// PackageType wants is InvalidParameter.NotEmpty.
    /// </summary>
    public static AppVersion First(SaeCall call, string appName, DateTimeOffset now) => Read(call, appName, null, now);

    private static AppVersion Read(SaeCall call, string appName, AppVersion? current, DateTimeOffset now)
    {
        string? imageUrl = NonBlank(call.Optional("ImageUrl"));
        string? packageUrl = NonBlank(call.Optional("PackageUrl"));
        string? packageVersion = NonBlank(call.Optional("PackageVersion"));
        string? packageType = NonBlank(call.Optional("PackageType"));
        if (packageType is not null && !PackageTypes.Contains(packageType))
        {
            throw new SaeException(InvalidPackageType);
        }

        bool redeploy = current is not null && imageUrl is null && packageUrl is null;
        packageType ??= packageUrl is not null ? (packageUrl.EndsWith(".war", StringComparison.OrdinalIgnoreCase) ? "War" : "FatJar")
            : imageUrl is not null || current is null ? AppVersion.ImagePackageType
            : current.PackageType;

        if (AppVersion.IsImagePackageType(packageType))
        {
            imageUrl ??= redeploy && current!.Type == AppVersion.ImageType ? current.ImageUrl : throw new SaeException(SaeErrors.NotEmpty("ImageUrl"));
            return World.ApplicationSeeding.NewImageVersion(imageUrl, packageVersion, now, packageType);
        }

        bool samePackage = redeploy && current!.Type == AppVersion.UrlType;
        packageUrl ??= samePackage ? current!.PackageUrl! : throw new SaeException(SaeErrors.NotEmpty("PackageUrl"));
        packageVersion ??= samePackage ? current!.PackageVersion : throw new SaeException(SaeErrors.NotEmpty("PackageVersion"));
        string id = Guid.NewGuid().ToString("D");
        return new AppVersion
        {
            Id = id,
            Type = AppVersion.UrlType,
            CreatedAt = now,
            PackageType = packageType,
            PackageUrl = packageUrl,
            PackageVersion = packageVersion,

            // SAE builds an image from a package; the emulator names the one it would have built.
            ImageUrl = $"sae-built-images/{appName}:{packageVersion}",
        };
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
