using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the current status of SAE applications.</para>
/// <para type="description">Get-SaeApplicationStatus calls DescribeApplicationStatus for each application: whether it is RUNNING or STOPPED, how many instances run, and its last change order and whether that is still running. It takes application objects (from Get-SaeApplication) or ids from the pipeline.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication -NamespaceId cn-hangzhou:demo | Get-SaeApplicationStatus</code>
/// <para>Shows the status of every application of cn-hangzhou:demo.</para>
/// </example>
/// <example>
/// <code>(Get-SaeApplicationStatus 0d1e2f3a-0000-4000-8000-000000000201 -RegionId cn-hangzhou).LastChangeOrderId | Get-SaeChangeOrder -RegionId cn-hangzhou</code>
/// <para>Gets an application's last change order, with its batches.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplicationStatus", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplicationStatus.md")]
[OutputType(typeof(SaeApplicationStatus))]
public sealed class GetSaeApplicationStatusCommand : SaeApplicationReadCommandBase
{
    internal override void Read(string appId, ServiceLocation location)
    {
        ApiResponse? response = Call(DescribeApplicationStatusCall.Request(location, appId, NamespaceId), appId, "Could not get the status of application " + appId);
        if (response != null)
        {
            SaeApplicationStatus status = DescribeApplicationStatusCall.Parse(response, appId, NamespaceId, location);
            status.AppName = NameOfOne;
            WriteObject(status);
        }
    }
}
