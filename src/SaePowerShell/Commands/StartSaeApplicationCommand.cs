using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Starts SAE applications, with one BatchStartApplications call per namespace.</para>
/// <para type="description">Start-SaeApplication starts Serverless App Engine applications. It takes application objects from the pipeline (Get-SaeApplication output, or any object or hashtable with AppId and NamespaceId) or application ids with -NamespaceId, asks for confirmation per application when -Confirm or -WhatIf is given, then groups the applications by namespace and makes one BatchStartApplications call per namespace, several at a time (-ThrottleLimit). It writes one SaeChangeOrder per call; with -Wait it waits until the change orders finish, showing their progress, and writes them in their final state. A call that fails becomes one non-terminating error per application in it, whose ErrorId is SAE's error code; the other namespaces go on. With -Wait, a change order that fails in a later batch has already done its earlier ones: one ListApplications of the namespace tells which applications reached the wanted state, and the change order is written with those in SucceededAppIds and the rest in FailedAppIds, which alone get errors. Every application given comes out in exactly one change order or one error.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication -NamespaceId cn-hangzhou:demo | Start-SaeApplication</code>
/// <para>Starts every application of the namespace cn-hangzhou:demo with one BatchStartApplications call, and writes its change order.</para>
/// </example>
/// <example>
/// <code>Get-SaeNamespace -RegionId cn-hangzhou | Get-SaeApplication | Start-SaeApplication -Wait</code>
/// <para>Starts every application of every namespace in cn-hangzhou, one call per namespace, and returns when they are up. A change order that fails becomes one error per application it did not start; those its earlier batches started are listed in its SucceededAppIds.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication -RegionId cn-hangzhou -Name 'order-*' | Start-SaeApplication -WhatIf</code>
/// <para>Shows which applications whose names start with order- would be started, in every namespace of cn-hangzhou, without starting them.</para>
/// </example>
/// <example>
/// <code>Start-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201, 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo</code>
/// <para>Starts two applications by id.</para>
/// </example>
/// <example>
/// <code>Import-Csv apps.csv | Start-SaeApplication -ErrorVariable failed -ErrorAction SilentlyContinue
/// $failed | Group-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Select-Object Count, Name</code>
/// <para>Starts the applications listed in a CSV file with AppId and NamespaceId columns, then counts the failures by SAE error code (user.indebt, System.Upgrading, ...). The other namespaces are started even when one fails.</para>
/// </example>
/// <example>
/// <code>try { Start-SaeApplication -NamespaceId cn-shanghai:prod -Force -ErrorAction Stop }
/// catch [SaePowerShell.SaeServiceException] { "SAE said $($_.Exception.Code), request $($_.Exception.RequestId)" }</code>
/// <para>Starts every application of a namespace without asking, and handles a failure in a script.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Start, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NamespaceSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Start-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class StartSaeApplicationCommand : SaeBatchCommandBase
{
    /// <summary>
    /// <para type="description">The application version to start, such as 1.0. By default SAE starts the current version.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Version { get; set; }

    internal override BatchAction Action => BatchAction.Start;

    internal override string? ApplicationVersion => Version;
}
