using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Stops SAE applications, with one BatchStopApplications call per namespace.</para>
/// <para type="description">Stop-SaeApplication stops Serverless App Engine applications. It takes the same input as Start-SaeApplication (application objects, any object or hashtable with AppId and NamespaceId, or ids with -NamespaceId), confirms each application with -Confirm or -WhatIf, and makes one BatchStopApplications call per namespace, several at a time. It writes one SaeChangeOrder per call; with -Wait it waits until they finish. A call that fails becomes one non-terminating error per application in it, whose ErrorId is SAE's error code. A change order that fails in a later batch has stopped its earlier batches' applications: they are listed in its SucceededAppIds and the change order is written; only the others (FailedAppIds) get errors.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication -NamespaceId cn-hangzhou:staging | Stop-SaeApplication -Wait</code>
/// <para>Stops every application of the namespace cn-hangzhou:staging and returns when they have stopped.</para>
/// </example>
/// <example>
/// <code>Stop-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000301 -NamespaceId cn-hangzhou:staging -Confirm</code>
/// <para>Stops one application after asking first.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Stop, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NamespaceSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Stop-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class StopSaeApplicationCommand : SaeBatchCommandBase
{
    /// <summary>
    /// <para type="description">The application version to stop, such as 1.0.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Version { get; set; }

    internal override BatchAction Action => BatchAction.Stop;

    internal override string? ApplicationVersion => Version;
}
