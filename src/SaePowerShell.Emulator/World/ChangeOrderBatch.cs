namespace SaePowerShell.Emulator.World;

/// <summary>
/// One batch (SAE's "pipeline") of a change order with its time window. A batch order's batch holds applications; a
/// single-application order's batch holds <see cref="ParallelCount"/> of its instances. The world moves
/// <see cref="Status"/> from Preparing to Executing to a terminal status as the clock passes the window; between
/// batches of a single-application order it may wait (8 for a manual confirmation, 9 for the automatic pause).
/// </summary>
internal sealed class ChangeOrderBatch
{
    public required string PipelineId { get; init; }

    /// <summary>0-based position in the order; the pipeline is named "Batch {Index + 1}".</summary>
    public required int Index { get; init; }

    /// <summary>This batch's applications, in the order's order (a single-application order's one application).</summary>
    public required IReadOnlyList<string> AppIds { get; init; }

    /// <summary>DescribeChangeOrder's ParallelCount: the applications, or for a single-application order the instances, it changes.</summary>
    public required int ParallelCount { get; init; }

    /// <summary>Planned, and moved when a manual batch is confirmed later than planned.</summary>
    public required DateTimeOffset StartsAt { get; set; }

    /// <summary>The end of the window (exclusive): at this instant the batch has finished.</summary>
    public required DateTimeOffset EndsAt { get; set; }

    public ChangeOrderStatus Status { get; private set; } = ChangeOrderStatus.Preparing;

    /// <summary>When <see cref="Status"/> last changed (the order's creation while it is still preparing).</summary>
    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The application whose seeded fault failed this batch; null unless one did.</summary>
    public string? FailedAppId { get; private set; }

    /// <summary>Why a seeded fault failed this batch (the order's ErrorMessage); empty unless one did.</summary>
    public string ErrorMessage { get; private set; } = "";

    public string PipelineName => $"Batch {Index + 1}";

    public bool HasStarted => Status != ChangeOrderStatus.Preparing;

    public bool IsFinished => Status.IsTerminal();

    /// <summary>Moves to <paramref name="status"/> as of <paramref name="at"/>; staying in the same status keeps the time it began.</summary>
    public void MoveTo(ChangeOrderStatus status, DateTimeOffset at)
    {
        if (Status != status)
        {
            Status = status;
            UpdatedAt = at;
        }
    }

    /// <summary>A batch read back from a saved world: its status, and the failure it ended with, as they were.</summary>
    public void Restore(ChangeOrderStatus status, string? failedAppId, string errorMessage)
    {
        Status = status;
        FailedAppId = failedAppId;
        ErrorMessage = errorMessage;
    }

    /// <summary>Ends the batch as a seeded fault of <paramref name="appId"/> ends it, remembering which application failed it and why.</summary>
    public void Fail(ChangeOrderStatus status, DateTimeOffset at, string appId, string errorMessage)
    {
        MoveTo(status, at);
        FailedAppId = appId;
        ErrorMessage = errorMessage;
    }
}
