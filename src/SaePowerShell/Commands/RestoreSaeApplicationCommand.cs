using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Rolls SAE applications back to one of their versions (RollbackApplication).</para>
/// <para type="description">Restore-SaeApplication rolls a Serverless App Engine application back to an earlier version, one RollbackApplication call per application, several at a time under SAE's quota. Pipe a version from Get-SaeApplicationVersion to roll its application back to it, or pipe applications (or give -AppId) with -VersionId. -BatchCount and -ReleaseType say how the rollback rolls out, as for Deploy-SaeApplication. It asks for confirmation per application with -Confirm or -WhatIf and writes one SaeChangeOrder per application; with -Wait it waits until they finish. A rollback whose answer is lost is never sent again blindly. A failure, such as a version the application does not have, becomes one non-terminating error per input, whose ErrorId is SAE's error code.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplicationVersion 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo | Out-GridView -PassThru | Restore-SaeApplication -Wait</code>
/// <para>Picks a version of an application from a list and rolls it back to that version, waiting until it is done.</para>
/// </example>
/// <example>
/// <code>Restore-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -VersionId a0ce266c-d354-423a-9bd6-4083405a0000 -BatchCount 2 -ReleaseType Manual</code>
/// <para>Rolls an application back in two batches; the second waits for Resume-SaeChangeOrder.</para>
/// </example>
[Cmdlet(VerbsData.Restore, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputObjectSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Restore-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class RestoreSaeApplicationCommand : SaeReleaseCommandBase
{
    private const string InputObjectSet = "InputObject";
    private const string AppIdSet = "AppId";

    /// <summary>
    /// <para type="description">Versions from Get-SaeApplicationVersion (each rolls its application back to it), or applications (SaeApplication objects, or any object or hashtable with AppId and NamespaceId, and VersionId unless -VersionId is given).</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The ids of the applications, all in the namespace given by -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AppIdSet)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string[] AppId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the applications, such as cn-hangzhou:demo; with application ids, it is required; with piped objects, their own namespace is used.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">The version to roll back to (Get-SaeApplicationVersion lists them). Bound by property name from a piped version; required with -AppId.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = AppIdSet)]
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = InputObjectSet)]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string? VersionId { get; set; }

    internal override string ActionText => "Roll back to version " + VersionId;

    internal override string Verb => "roll back";

    internal override string Activity => "Rolling back SAE applications";

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (ParameterSetName == AppIdSet)
        {
            AcceptVersion(VersionId, ReadApplications(false, null, AppId, NamespaceId));
            return;
        }

        // A hashtable does not bind by property name, so its VersionId is read here.
        string? versionId = VersionId ?? AppInputReader.Property(InputObject, "VersionId") as string;
        AcceptVersion(versionId, ReadApplications(true, InputObject, AppId, NamespaceId));
    }

    internal override ApplicationChange Build(AppTarget target, string description, IReadOnlyList<string?> items, IReadOnlyList<object?> inputs, IReadOnlyList<string?> inputItems)
    {
        string versionId = items[0]!;
        ReleaseStrategy strategy = Strategy;
        return new ApplicationChange(ApplicationAction.Rollback, target, location => RollbackApplicationCall.Request(location, target, versionId, strategy), inputs, description + " to version " + versionId);
    }

    private void AcceptVersion(string? versionId, IEnumerable<AppInput> inputs)
    {
        foreach (AppInput input in inputs)
        {
            if (input.Target != null && InputRules.VersionIdProblem(versionId) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid(versionId is null ? "MissingVersionId" : "InvalidVersionId",
                    versionId is null ? "No version to roll application '" + input.Target.AppId + "' back to: give -VersionId, or pipe a version from Get-SaeApplicationVersion." : problem,
                    input.Input));
                continue;
            }

            Accept(input, versionId, input.Description, "Roll back to version " + versionId);
        }
    }
}
