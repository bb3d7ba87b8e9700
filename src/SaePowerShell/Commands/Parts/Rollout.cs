using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// How a change that replaces an application's instances rolls out (a rescale, a deploy, a rollback), from the
/// ready-instances and release parameter groups: how many instances stay ready meanwhile, and for a release in how
/// many batches, whether each next batch waits for a person, and the pause between automatic ones. Read once, before
/// any input; a parameter not given is not sent, so SAE's own default holds.
/// </summary>
internal static class Rollout
{
    /// <summary>-MinReadyInstances and -MinReadyInstanceRatio, each when given.</summary>
    public static ReleaseStrategy ReadyInstances(PSCmdlet cmdlet, int minReadyInstances, int minReadyInstanceRatio) =>
        ReleaseStrategy.Default with { MinReadyInstances = IfGiven(cmdlet, "MinReadyInstances", minReadyInstances), MinReadyInstanceRatio = IfGiven(cmdlet, "MinReadyInstanceRatio", minReadyInstanceRatio) };

    /// <summary>
    /// -BatchCount, -ReleaseType and -BatchWaitTime added to <paramref name="strategy"/>; a combination that says
    /// nothing SAE can do (a release type or a pause without batches, a pause in a manual release) stops the command
    /// before any input.
    /// </summary>
    public static ReleaseStrategy Release(PSCmdlet cmdlet, ReleaseStrategy strategy, int batchCount, SaeReleaseType releaseType, int batchWaitTime)
    {
        bool batches = Given(cmdlet, "BatchCount");
        if (Given(cmdlet, "ReleaseType") && !batches)
        {
            cmdlet.ThrowTerminatingError(ErrorRecordFactory.Invalid("ReleaseTypeWithoutBatches", "-ReleaseType " + releaseType + " says how batches follow each other; give -BatchCount too.", releaseType));
        }

        if (Given(cmdlet, "BatchWaitTime") && (!batches || releaseType == SaeReleaseType.Manual))
        {
            cmdlet.ThrowTerminatingError(ErrorRecordFactory.Invalid("BatchWaitTimeWithoutAutoBatches",
                "-BatchWaitTime is the pause between automatic batches; give -BatchCount with -ReleaseType Auto, or leave it out (a manual release waits for Resume-SaeChangeOrder).", batchWaitTime));
        }

        return strategy with { BatchCount = IfGiven(cmdlet, "BatchCount", batchCount), Manual = releaseType == SaeReleaseType.Manual, BatchWaitTimeSeconds = IfGiven(cmdlet, "BatchWaitTime", batchWaitTime) };
    }

    private static bool Given(PSCmdlet cmdlet, string parameter) => cmdlet.MyInvocation.BoundParameters.ContainsKey(parameter);

    /// <summary>A parameter's value when it was given, else null: SAE's default is not sent.</summary>
    private static int? IfGiven(PSCmdlet cmdlet, string parameter, int value) => Given(cmdlet, parameter) ? value : (int?)null;
}
