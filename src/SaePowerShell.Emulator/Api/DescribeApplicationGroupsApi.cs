using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationGroups: an emulated application has one instance group, <c>_DEFAULT_GROUP</c> (GroupType 0),
/// with a GroupId that never changes; Data is an array, paged when CurrentPage and PageSize are given.
/// </summary>
internal sealed partial class DescribeApplicationGroupsApi : ISaeApi
{
    public const string DefaultGroupName = "_DEFAULT_GROUP";

    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        Paging paging = Paging.Read(call, defaultPageSize: 10, minPageSize: 1, maxPageSize: int.MaxValue);
        AppVersion version = app.CurrentVersion;
        bool package = version.Type != AppVersion.ImageType;
        // A package's runtime, as its configuration has it; an image brings its own.
        string? Runtime(string field) => package && ApplicationConfiguration.Keeps(field) ? ApplicationConfiguration.Answer(app.Settings.Configuration, field).GetString() : null;
        var group = new DescribeApplicationGroupsItem
        {
            GroupId = app.GroupId,
            GroupName = DefaultGroupName,
            GroupType = 0,
            Replicas = app.Instances,
            RunningInstances = app.RunningInstances,
            ImageUrl = version.Type == AppVersion.ImageType ? version.ImageUrl : null,
            PackageType = version.PackageType,
            PackageUrl = version.PackageUrl,
            PackageVersion = version.PackageVersion,
            PackageVersionId = version.Id,
            Jdk = Runtime("Jdk"),
            WebContainer = Runtime("WebContainer"),
            EdasContainerVersion = Runtime("EdasContainerVersion"),
        };
        return Answer(paging.Slice([group]));
    }
}
