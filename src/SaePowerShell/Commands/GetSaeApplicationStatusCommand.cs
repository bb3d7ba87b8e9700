using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

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
public sealed class GetSaeApplicationStatusCommand : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">The ids of the applications.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] AppId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the applications; it tells the region to call (cn-shanghai:prod is in cn-shanghai). Bound from the pipeline by property name.</para>
    /// </summary>
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">The application's name, bound by property name from a piped application, so the status shows it; SAE's answer does not carry it.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AppName { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (string id in AppId)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
                continue;
            }

            if (!TryLocate(NamespaceId, null, id, out ServiceLocation location))
            {
                continue;
            }

            ApiResponse? response = Call(DescribeApplicationStatusCall.Request(location, id, NamespaceId), id, "Could not get the status of application " + id);
            if (response != null)
            {
                SaeApplicationStatus status = DescribeApplicationStatusCall.Parse(response, id, NamespaceId, location);
                status.AppName = AppId.Length == 1 ? AppName : null;
                WriteObject(status);
            }
        }
    }
}
