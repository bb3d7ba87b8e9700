using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Restarts SAE applications, with one BatchRestartApplications call per namespace.</para>
/// <para type="description">Restart-SaeApplication restarts Serverless App Engine applications. It takes the same input as Start-SaeApplication, confirms each application with -Confirm or -WhatIf, and makes one BatchRestartApplications call per namespace, several at a time. It writes one SaeChangeOrder per call; with -Wait it waits until they finish. A call that fails becomes one non-terminating error per application in it. A restart cannot be judged from an application's listing, so when its change order fails each application's error says whether the restart reached it is not known, rather than that it failed.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication -RegionId cn-shanghai -Name 'order-*' | Restart-SaeApplication -Wait</code>
/// <para>Restarts the applications whose names start with order- in every namespace of cn-shanghai, one call per namespace, and waits for them.</para>
/// </example>
/// <example>
/// <code>Restart-SaeApplication -NamespaceId cn-shanghai:prod -Force -WhatIf</code>
/// <para>Shows that every application of cn-shanghai:prod would be restarted, without doing it.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Restart, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NamespaceSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Restart-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class RestartSaeApplicationCommand : SaeBatchCommandBase
{
    internal override BatchAction Action => BatchAction.Restart;
}
