using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>ListAppVersions: every version of the application, newest first, as an array (not paged).</summary>
internal sealed partial class ListAppVersionsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        return Answer(Enumerable.Reverse(app.Versions).Select(Describe).ToList());
    }

    /// <remarks>
    /// CreateTime is epoch milliseconds as a string, as the SDK's example. SAE documents WarUrl as the image's address
    /// (its example is a registry reference), so every version answers the image it runs: for a package, the one SAE
    /// built; BuildPackageUrl is the package's download link, for a url version only.
    /// </remarks>
    private static ListAppVersionsItem Describe(AppVersion version) => new()
    {
        Id = version.Id,
        Type = version.Type,
        CreateTime = version.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        BuildPackageUrl = version.Type == AppVersion.UrlType ? version.PackageUrl : null,
        WarUrl = version.ImageUrl,
    };
}
