using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the deployed versions of SAE applications.</para>
/// <para type="description">Get-SaeApplicationVersion calls ListAppVersions for each application and writes its versions as SaeApplicationVersion objects, as SAE lists them: the version id, how it was deployed (image or url), when, and what it ran: its image (ImageUrl) or its code package (PackageUrl), which the table shows without the registry host or the download folders and Format-List -View Wide whole. A version piped to Restore-SaeApplication rolls its application back to it, and -VersionId of Get-SaeApplicationConfig shows its configuration. It takes application ids, or applications from the pipeline (Get-SaeApplication output).</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Get-SaeApplicationVersion</code>
/// <para>Lists the versions of web-frontend.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Get-SaeApplicationVersion | Where-Object ImageUrl -Like '*:1.0' | Select-Object -First 1 | Restore-SaeApplication</code>
/// <para>Rolls web-frontend back to the newest version that ran an image tagged 1.0.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Get-SaeApplicationVersion | Sort-Object CreateTime | Select-Object -First 1 | Restore-SaeApplication -Wait</code>
/// <para>Rolls web-frontend back to its oldest version and waits until the rollback has finished.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplicationVersion", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplicationVersion.md")]
[OutputType(typeof(SaeApplicationVersion))]
public sealed class GetSaeApplicationVersionCommand : SaeApplicationReadCommandBase
{
    internal override void Read(string appId, ServiceLocation location)
    {
        ApiResponse? response = Call(ListAppVersionsCall.Request(location, appId, NamespaceId), appId, "Could not list the versions of application " + appId);
        if (response != null)
        {
            IReadOnlyList<SaeApplicationVersion> versions = ListAppVersionsCall.Parse(response, appId, NameOfOne, NamespaceId, location);
            WriteObject(versions, enumerateCollection: true);
        }
    }
}
