using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Deletes instances of SAE applications, with one DeleteInstances call per application; SAE replaces them with new ones.</para>
/// <para type="description">Remove-SaeApplicationInstance deletes instances of Serverless App Engine applications, such as one stuck in a bad state; the application keeps its number of instances, so SAE starts new ones in their place. It takes instances from the pipeline (Get-SaeApplicationInstance output, or any object or hashtable with InstanceId, AppId and NamespaceId) or instance ids with -AppId and -NamespaceId, and asks for confirmation per instance by default (its ConfirmImpact is High; -Confirm:$false skips the question). It makes one DeleteInstances call per application for all of its instances, and writes one SaeChangeOrder per application; with -Wait it waits until they finish. A deletion whose answer is lost is never sent again blindly. A failure becomes one non-terminating error per instance.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationInstance | Where-Object Restarts -gt 5 | Remove-SaeApplicationInstance -Wait</code>
/// <para>Deletes the instances of order-api that restarted more than five times, after asking, and waits until SAE has replaced them.</para>
/// </example>
/// <example>
/// <code>Remove-SaeApplicationInstance -InstanceId order-api-1a2b3c4d-5e6f7 -AppId 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo -Confirm:$false</code>
/// <para>Deletes one instance by id without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "SaeApplicationInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = InputObjectSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Remove-SaeApplicationInstance.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class RemoveSaeApplicationInstanceCommand : SaeInstanceChangeCommandBase
{
    internal override ApplicationAction InstanceAction => ApplicationAction.DeleteInstances;

    internal override string ActionText => "Delete";

    internal override string Verb => "delete the instances of";

    internal override string Activity => "Deleting SAE application instances";
}
