using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationConfig (sae-api.md §3.5): a subset of the official Data, with its declared types. The image or
/// package is the current version's, or with VersionId that version's; the rest is the application's configuration now.
/// </summary>
internal sealed class DescribeApplicationConfigApi : ISaeApi
{
    public string Name => "DescribeApplicationConfig";

    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string? versionId = call.Optional("VersionId");
        AppVersion version = string.IsNullOrEmpty(versionId)
            ? app.CurrentVersion
            : app.FindVersion(versionId) ?? throw new SaeException(SaeErrors.WithMessage("VersionId", $"the application {app.AppId} has no version {versionId}."));
        SaeNamespace ns = call.World.FindNamespace(app.NamespaceId)!;
        AppSettings settings = app.Settings;
        bool image = version.Type == AppVersion.ImageType;
        var data = new
        {
            app.AppId,
            app.AppName,
            AppDescription = app.Description,
            app.NamespaceId,
            ns.RegionId,
            VpcId = SaeNamespace.EmulatedVpcId,
            VSwitchId = SaeNamespace.EmulatedVSwitchId,
            SecurityGroupId = SaeNamespace.EmulatedSecurityGroupId,
            settings.Replicas,
            settings.Cpu,
            settings.Memory,
            version.PackageType,
            ImageUrl = image ? version.ImageUrl : "",
            PackageUrl = version.PackageUrl ?? "",
            version.PackageVersion,
            settings.MinReadyInstances,
            settings.MinReadyInstanceRatio,
            settings.BatchWaitTime,
            settings.UpdateStrategy,
            settings.Timezone,
            settings.Envs,
            Tags = app.Tags.Select(t => new { t.Key, t.Value }).ToList(),
            ResourceType = "application",
        };
        return new SaeResult(data);
    }
}
