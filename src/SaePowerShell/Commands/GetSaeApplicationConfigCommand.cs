using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the configuration of SAE applications, now or as of one of their versions.</para>
/// <para type="description">Get-SaeApplicationConfig calls DescribeApplicationConfig for each application and writes an SaeApplicationConfig: what it runs (image or package), how many instances of what size, how it rolls out, its environment variables and network, with every field SAE returned in its Fields property. With -VersionId it shows the configuration as of that version (Get-SaeApplicationVersion lists them). The OSS AccessKey secret SAE returns is left out. It takes application ids, or applications from the pipeline (Get-SaeApplication output).</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo | Get-SaeApplicationConfig | Format-Table AppName, ImageUrl, Replicas, Cpu, Memory</code>
/// <para>Shows what every application of cn-hangzhou:demo runs, and how big.</para>
/// </example>
/// <example>
/// <code>(Get-SaeApplicationConfig 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo).Environment</code>
/// <para>Lists one application's environment variables by name.</para>
/// </example>
/// <example>
/// <code>$v = Get-SaeApplicationVersion 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo | Select-Object -Last 1
/// Get-SaeApplicationConfig $v.AppId -NamespaceId cn-hangzhou:demo -VersionId $v.VersionId</code>
/// <para>Shows how an application was configured at one of its versions, before rolling back to it.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplicationConfig", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplicationConfig.md")]
[OutputType(typeof(SaeApplicationConfig))]
public sealed class GetSaeApplicationConfigCommand : SaeApplicationReadCommandBase
{
    /// <summary>
    /// <para type="description">The version whose configuration to show (from Get-SaeApplicationVersion); by default the current configuration.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string? VersionId { get; set; }

    internal override void Read(string appId, ServiceLocation location)
    {
        ApiResponse? response = Call(DescribeApplicationConfigCall.Request(location, appId, NamespaceId, VersionId), appId,
            "Could not get the configuration of application " + appId + (VersionId is null ? string.Empty : " at version " + VersionId));
        if (response != null)
        {
            WriteObject(DescribeApplicationConfigCall.Parse(response, appId, NamespaceId, VersionId, location));
        }
    }
}
