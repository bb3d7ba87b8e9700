using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationInstanceCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => EachApplication.Read(this, AppId, NamespaceId, Read);

    private void Read(string appId, ServiceLocation location)
    {
        string subject = "Could not list the instances of application " + appId;
        ApiResponse? groups = Call(DescribeApplicationGroupsCall.Request(location, appId, NamespaceId), appId, subject);
        if (groups is null)
        {
            return;
        }

        string? appName = EachApplication.NameOfOne(AppId, AppName);
        foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
        {
            bool complete = ForEachPage(
                (page, size) => DescribeApplicationInstancesCall.Request(location, appId, NamespaceId, groupId, page, size),
                response => DescribeApplicationInstancesCall.Parse(response, appId, appName, NamespaceId, groupId, location),
                instance => instance.InstanceId,
                DescribeApplicationInstancesCall.PageSizes,
                instance => WriteListed(instance),
                appId,
                subject + " (group " + groupId + ")");
            if (!complete)
            {
                return;
            }
        }
    }
}
