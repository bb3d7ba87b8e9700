using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// Turns a seed's application into a live one: its first version (the seed's image), its instance group, and for a
/// running application its instances, started at load.
/// </summary>
internal static class ApplicationSeeding
{
    public static SaeApplication Create(SeedApplication seed, InstanceFleet fleet, DateTimeOffset now)
    {
        AppVersion first = NewImageVersion(seed.ImageUrl ?? DefaultImageUrl(seed.AppName), null, now);
        var app = new SaeApplication
        {
            AppId = seed.AppId,
            AppName = seed.AppName,
            NamespaceId = seed.NamespaceId,
            Description = seed.Description ?? "",
            GroupId = GroupIdOf(seed.AppId),
            Settings = new AppSettings
            {
                Replicas = seed.Instances ?? 1,
                Cpu = seed.Cpu ?? 500,
                Memory = seed.Mem ?? 1024,
                Configuration = (seed.Config ?? []).ToDictionary(c => c.Key, c => c.Value.Clone(), StringComparer.Ordinal),
            },
            CurrentVersion = first,
            Status = seed.Status ?? SaeApplication.Stopped,
            CreatedAt = now,
            ChangeOrderFault = ChangeOrderFault.FromName(seed.ChangeOrderFault),
        };
        app.Versions.Add(first);

        // A seed may say that only some of a running application's instances run; the others are still pending.
        if (app.Status == SaeApplication.Running)
        {
            int running = seed.RunningInstances ?? app.Instances;
            for (int i = 0; i < app.Instances; i++)
            {
                fleet.Launch(app, first, null, now, i < running ? SaeInstance.Running : SaeInstance.Pending);
            }
        }

        return app;
    }

    /// <summary>The image a seed's application runs when the seed names none.</summary>
    public static string DefaultImageUrl(string appName) => $"registry.cn-hangzhou.aliyuncs.com/sae-demo/{appName}:1.0";

    /// <summary>A new image version; its PackageVersion is the given one, else its creation time in epoch milliseconds.</summary>
    public static AppVersion NewImageVersion(string imageUrl, string? packageVersion, DateTimeOffset now, string packageType = AppVersion.ImagePackageType) => new()
    {
        Id = Guid.NewGuid().ToString("D"),
        Type = AppVersion.ImageType,
        CreatedAt = now,
        PackageType = packageType,
        ImageUrl = imageUrl,
        PackageVersion = packageVersion ?? now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The application's one group id: a name-based GUID of the AppId, so it is the same after a reset or a new
    /// process, as a real group's id stays.
    /// </summary>
    public static string GroupIdOf(string appId)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("sae-emulator-group:" + appId));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
