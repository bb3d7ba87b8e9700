using System.Management.Automation;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>
/// What a change that replaces an application's instances shares (a rescale, a deploy, a rollback): how many
/// instances must stay ready meanwhile, read once before any input.
/// </summary>
public abstract class SaeReadyInstancesCommandBase : SaeApplicationChangeCommandBase
{
    /// <summary>
    /// <para type="description">The minimum number of instances kept ready during the change: 0 allows an interruption, -1 takes SAE's recommendation (a quarter of the instances, rounded up).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(-1, 100000)]
    public int MinReadyInstances { get; set; }

    /// <summary>
    /// <para type="description">The minimum percentage (0 to 100) of instances kept ready during the change; it wins over -MinReadyInstances. -1 does not use it.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(-1, 100)]
    public int MinReadyInstanceRatio { get; set; }

    /// <summary>The rollout the parameters describe, made once before any input is read.</summary>
    internal ReleaseStrategy Strategy { get; private protected set; } = ReleaseStrategy.Default;

    /// <inheritdoc />
    protected override void BeginProcessing() =>
        Strategy = ReleaseStrategy.Default with { MinReadyInstances = IfGiven(nameof(MinReadyInstances), MinReadyInstances), MinReadyInstanceRatio = IfGiven(nameof(MinReadyInstanceRatio), MinReadyInstanceRatio) };

    /// <summary>A parameter's value when it was given, else null: SAE's default is not sent.</summary>
    internal int? IfGiven(string parameter, int value) => MyInvocation.BoundParameters.ContainsKey(parameter) ? value : (int?)null;
}
