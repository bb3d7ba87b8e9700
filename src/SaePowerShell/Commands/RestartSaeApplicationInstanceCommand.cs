using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Restarts instances of SAE applications, with one RestartInstances call per application.</para>
/// <para type="description">Restart-SaeApplicationInstance restarts instances of Serverless App Engine applications. It takes instances from the pipeline (Get-SaeApplicationInstance output, or any object or hashtable with InstanceId, AppId and NamespaceId) or instance ids with -AppId and -NamespaceId, asks for confirmation per instance with -Confirm or -WhatIf, and makes one RestartInstances call per application for all of its instances, several applications at a time under SAE's quota. It writes one SaeChangeOrder per application; with -Wait it waits until they finish. A restart whose answer is lost is never sent again blindly. A failure, such as an instance the application does not have, becomes one non-terminating error per instance.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationInstance | Select-Object -First 1 | Restart-SaeApplicationInstance -Wait</code>
/// <para>Restarts one instance of order-api and waits until it is back.</para>
/// </example>
/// <example>
/// <code>Restart-SaeApplicationInstance -InstanceId order-api-1a2b3c4d-5e6f7, order-api-1a2b3c4d-8a9b0 -AppId 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo</code>
/// <para>Restarts two instances by id, in one call.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Restart, "SaeApplicationInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputObjectSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Restart-SaeApplicationInstance.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class RestartSaeApplicationInstanceCommand : SaeInstanceChangeCommandBase
{
    internal override ApplicationAction InstanceAction => ApplicationAction.RestartInstances;

    internal override string ActionText => "Restart";

    internal override string Verb => "restart the instances of";

    internal override string Activity => "Restarting SAE application instances";
}
