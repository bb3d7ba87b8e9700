using System.Text.Json.Serialization;
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
        var group = new Group(
            app.GroupId,
            DefaultGroupName,
            0,
            app.Instances,
            app.RunningInstances,
            version.Type == AppVersion.ImageType ? version.ImageUrl : null,
            version.PackageType,
            version.PackageUrl,
            version.PackageVersion,
            version.Id,
            Runtime("Jdk"),
            Runtime("WebContainer"),
            Runtime("EdasContainerVersion"));
        return new SaeResult(paging.Slice([group]));
    }

    private sealed record Group(
        string GroupId,
        string GroupName,
        int GroupType,
        int Replicas,
        int RunningInstances,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImageUrl,
        string PackageType,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PackageUrl,
        string PackageVersion,
        string PackageVersionId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Jdk,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WebContainer,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EdasContainerVersion);
}
