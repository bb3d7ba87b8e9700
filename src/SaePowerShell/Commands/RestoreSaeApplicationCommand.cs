using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: a
// single-application change to a version each input names (a piped version, or -VersionId), released as a deploy is.
public sealed partial class RestoreSaeApplicationCommand
{
    private const string AppIdSet = "AppId";

    private ApplicationChanges? _changes;
    private ReleaseStrategy _strategy = ReleaseStrategy.Default;

    private ApplicationChanges Changes => _changes ??= new ApplicationChanges(this, Build);

    /// <inheritdoc />
    protected override void BeginProcessing() =>
        _strategy = Rollout.Release(this, Rollout.ReadyInstances(this, MinReadyInstances, MinReadyInstanceRatio), BatchCount, ReleaseType, BatchWaitTime);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (ParameterSetName == AppIdSet)
        {
            AcceptVersion(VersionId, ApplicationChanges.ReadApplications(false, null, AppId, NamespaceId));
            return;
        }

        // A hashtable does not bind by property name, so its VersionId is read here.
        string? versionId = VersionId ?? AppInputReader.Property(InputObject, "VersionId") as string;
        AcceptVersion(versionId, ApplicationChanges.ReadApplications(true, InputObject, AppId, NamespaceId));
    }

    /// <inheritdoc />
    internal override void EndInput() =>
        Changes.End(new ChangeRun(ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), "Roll back to version " + VersionId, "roll back", "Rolling back SAE applications"));

    private ApplicationChange Build(AcceptedApplication accepted)
    {
        string versionId = accepted.Items[0]!;
        ReleaseStrategy strategy = _strategy;
        AppTarget target = accepted.Target;
        return new ApplicationChange(ApplicationAction.Rollback, target, location => RollbackApplicationCall.Request(location, target, versionId, strategy), accepted.Inputs, accepted.Description + " to version " + versionId);
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

            Changes.Accept(input, versionId, input.Description, "Roll back to version " + versionId);
        }
    }
}
