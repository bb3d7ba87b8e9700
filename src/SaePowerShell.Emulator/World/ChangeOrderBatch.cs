namespace SaePowerShell.Emulator.World;

/// <summary>
/// One batch (SAE's "pipeline") of a change order: a slice of its applications with a fixed time window. The world
/// moves <see cref="Status"/> from Preparing to Executing to a terminal status as the clock passes the window.
/// </summary>
internal sealed class ChangeOrderBatch
{
    public required string PipelineId { get; init; }

    /// <summary>0-based position in the order; the pipeline is named "Batch {Index + 1}".</summary>
    public required int Index { get; init; }

    /// <summary>This batch's applications, in the order's order.</summary>
    public required IReadOnlyList<string> AppIds { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>The end of the window (exclusive): at this instant the batch has finished.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    public ChangeOrderStatus Status { get; set; } = ChangeOrderStatus.Preparing;

    public string PipelineName => $"Batch {Index + 1}";

    public bool HasStarted => Status != ChangeOrderStatus.Preparing;

    public bool IsFinished => Status is not (ChangeOrderStatus.Preparing or ChangeOrderStatus.Executing);

    /// <summary>When the status last changed: the window's end once finished, its start while executing, else the order's creation.</summary>
    public DateTimeOffset UpdatedAt(DateTimeOffset orderCreatedAt) => IsFinished ? EndsAt : HasStarted ? StartsAt : orderCreatedAt;
}
