using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// What a release shares, deploying a new version or rolling back to an old one: in how many batches, whether each
/// next batch waits for a person, and the pause between automatic batches (and, from its base, how many instances
/// stay ready).
/// </summary>
public abstract class SaeReleaseCommandBase : SaeReadyInstancesCommandBase
{
    /// <summary>
    /// <para type="description">How many batches the release goes out in. By default SAE's own (one batch, or what the application is set to). With more than one, -ReleaseType says whether each next batch starts by itself or waits for Resume-SaeChangeOrder.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int BatchCount { get; set; }

    /// <summary>
    /// <para type="description">With -BatchCount: Auto (the default) starts each next batch by itself, after -BatchWaitTime; Manual stops after each batch until Resume-SaeChangeOrder confirms the next (or Stop-SaeChangeOrder ends the release).</para>
    /// </summary>
    [Parameter]
    public SaeReleaseType ReleaseType { get; set; } = SaeReleaseType.Auto;

    /// <summary>
    /// <para type="description">With an automatic release in batches: how many seconds to wait between batches (SAE's BatchWaitTime).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, 24 * 3600)]
    public int BatchWaitTime { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        bool batches = MyInvocation.BoundParameters.ContainsKey(nameof(BatchCount));
        bool releaseType = MyInvocation.BoundParameters.ContainsKey(nameof(ReleaseType));
        bool waitTime = MyInvocation.BoundParameters.ContainsKey(nameof(BatchWaitTime));
        if (releaseType && !batches)
        {
            ThrowTerminatingError(ErrorRecordFactory.Invalid("ReleaseTypeWithoutBatches", "-ReleaseType " + ReleaseType + " says how batches follow each other; give -BatchCount too.", ReleaseType));
        }

        if (waitTime && (!batches || ReleaseType == SaeReleaseType.Manual))
        {
            ThrowTerminatingError(ErrorRecordFactory.Invalid("BatchWaitTimeWithoutAutoBatches",
                "-BatchWaitTime is the pause between automatic batches; give -BatchCount with -ReleaseType Auto, or leave it out (a manual release waits for Resume-SaeChangeOrder).", BatchWaitTime));
        }

        Strategy = Strategy with { BatchCount = IfGiven(nameof(BatchCount), BatchCount), Manual = ReleaseType == SaeReleaseType.Manual, BatchWaitTimeSeconds = IfGiven(nameof(BatchWaitTime), BatchWaitTime) };
    }
}
