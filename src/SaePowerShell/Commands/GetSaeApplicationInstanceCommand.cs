using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the instances of SAE applications.</para>
/// <para type="description">Get-SaeApplicationInstance lists the running instances of each application: one DescribeApplicationGroups call for its instance groups, then DescribeApplicationInstances for each group, every page. It writes SaeApplicationInstance objects: the instance id, its container's status and health, its IP, how often it restarted, and the image or package version it runs. They pipe into Restart-SaeApplicationInstance, Remove-SaeApplicationInstance and Get-SaeInstanceLog. It takes application ids, or applications from the pipeline (Get-SaeApplication output).</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationInstance</code>
/// <para>Lists the instances of order-api.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo | Get-SaeApplicationInstance | Where-Object Status -ne Running | Restart-SaeApplicationInstance</code>
/// <para>Restarts every instance of the namespace that is not running well, one RestartInstances call per application.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplicationInstance", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplicationInstance.md")]
[OutputType(typeof(SaeApplicationInstance))]
public sealed class GetSaeApplicationInstanceCommand : SaeApplicationReadCommandBase
{
    internal override void Read(string appId, ServiceLocation location)
    {
        string subject = "Could not list the instances of application " + appId;
        ApiResponse? groups = Call(DescribeApplicationGroupsCall.Request(location, appId, NamespaceId), appId, subject);
        if (groups is null)
        {
            return;
        }

        string? appName = NameOfOne;
        foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
        {
            bool complete = ForEachPage(
                (page, size) => DescribeApplicationInstancesCall.Request(location, appId, NamespaceId, groupId, page, size),
                response => DescribeApplicationInstancesCall.Parse(response, appId, appName, NamespaceId, groupId, location),
                instance => instance.InstanceId,
                DescribeApplicationInstancesCall.PageSizes,
                instance => WriteObject(instance),
                appId,
                subject + " (group " + groupId + ")");
            if (!complete)
            {
                return;
            }
        }
    }
}
