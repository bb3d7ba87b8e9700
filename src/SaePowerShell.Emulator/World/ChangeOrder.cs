namespace SaePowerShell.Emulator.World;

/// <summary>
/// One change order: batches that run one after the other over the change order delay. A batch order (start, stop,
/// restart of applications) has up to <see cref="MaxBatches"/> batches of applications; a single-application order
/// (deploy, rollback, rescale, instance restart or deletion) has batches of instances, an <see cref="Effect"/> that
/// says what each does, and may pause or wait for a confirmation between them. Nothing runs in the background: the
/// world moves the batches along whenever someone looks (<see cref="ChangeOrderRunner"/>), so a test clock decides
/// exactly when each batch finishes.
/// </summary>
internal sealed class ChangeOrder
{
    /// <summary>SAE splits a batch order into batches; the emulator uses as many as there are applications, up to three.</summary>
    public const int MaxBatches = 3;

    public required string ChangeOrderId { get; init; }

    public required ChangeOrderKind Kind { get; init; }

    public required string NamespaceId { get; init; }

    /// <summary>The applications, in the order the request named them, without duplicates; one for a single-application order.</summary>
    public required IReadOnlyList<string> AppIds { get; init; }

    /// <summary>The batches in execution order.</summary>
    public required IReadOnlyList<ChangeOrderBatch> Batches { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? Version { get; init; }

    /// <summary>The request's ChangeOrderDesc; null when it gave none.</summary>
    public string? Description { get; init; }

    /// <summary>releaseType manual: after each batch but the last the order waits (8) for ConfirmPipelineBatch.</summary>
    public bool IsManual { get; init; }

    /// <summary>The BatchWaitTime the request asked for, in seconds, as DescribeChangeOrder reports it.</summary>
    public int BatchWaitTime { get; init; }

    /// <summary>What a single-application order does; null for a batch order, whose <see cref="Kind"/> changes each application.</summary>
    public ChangeOrderEffect? Effect { get; init; }

    public ChangeOrderStatus Status { get; set; } = ChangeOrderStatus.Executing;

    /// <summary>When the last batch succeeded, the failing batch failed or the order was terminated; null while active.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the order failed; empty unless it did.</summary>
    public string ErrorMessage { get; set; } = "";

    /// <summary>
    /// Not finished: preparing, executing, or waiting between batches (8, 9). An order executing abnormally is active
    /// too. An application is busy while its order is active.
    /// </summary>
    public bool IsActive => !Status.IsTerminal();

    /// <summary>
    /// Executing with a failed batch (the seed's <c>Abnormal</c> fault): SAE's "in progress, abnormal", SubStatus 1. Such
    /// an order never moves on by itself; its applications stay busy until it is aborted.
    /// </summary>
    public bool IsAbnormal { get; set; }

    /// <summary>Terminated on request (AbortChangeOrder, or ConfirmPipelineBatch with Confirm=false) rather than by a fault.</summary>
    public bool WasAborted { get; internal set; }

    /// <summary>SAE's SubStatus: 1 (abnormal) once a fault has failed the order or one of its batches, else 0.</summary>
    public int SubStatus => (HasFailed && !WasAborted) || IsAbnormal ? 1 : 0;

    /// <summary>Ended in anything but success.</summary>
    public bool HasFailed => !IsActive && Status != ChangeOrderStatus.Succeeded;

    /// <summary>
    /// The batch SAE would call current: the executing or waiting one, else the last one that ran (the failed one after a
    /// failure, the one it was at when it was terminated).
    /// </summary>
    public ChangeOrderBatch CurrentBatch => StoppedAt ?? Batches.LastOrDefault(b => b.HasStarted) ?? Batches[0];

    /// <summary>The batch the order was at when it was terminated; null unless it was (a restored world sets it again).</summary>
    internal ChangeOrderBatch? StoppedAt { get; set; }

    /// <summary>
    /// Splits the applications, in order, into min(count, <see cref="MaxBatches"/>) batches as even as possible (the
    /// first ones take the remainder) and gives batch i the window [i·delay/B, (i+1)·delay/B) after <paramref name="createdAt"/>.
    /// </summary>
    public static IReadOnlyList<ChangeOrderBatch> PlanBatches(IReadOnlyList<string> appIds, DateTimeOffset createdAt, TimeSpan delay)
    {
        int count = Math.Clamp(appIds.Count, 1, MaxBatches);
        IReadOnlyList<int> sizes = Split(appIds.Count, count);
        var batches = new List<ChangeOrderBatch>(count);
        int taken = 0;
        for (int i = 0; i < count; i++)
        {
            batches.Add(NewBatch(i, appIds.Skip(taken).Take(sizes[i]).ToList(), sizes[i], createdAt, delay, count, TimeSpan.Zero));
            taken += sizes[i];
        }

        return batches;
    }

    /// <summary>
    /// Batches of <paramref name="sizes"/> instances of one application: batch i of B runs [i·delay/B + i·pause,
    /// (i+1)·delay/B + i·pause) after <paramref name="createdAt"/>, so the automatic pause comes between batches.
    /// </summary>
    public static IReadOnlyList<ChangeOrderBatch> PlanInstanceBatches(string appId, IReadOnlyList<int> sizes, DateTimeOffset createdAt, TimeSpan delay, TimeSpan pause) =>
        sizes.Select((size, i) => NewBatch(i, [appId], size, createdAt, delay, sizes.Count, pause)).ToList();

    /// <summary><paramref name="total"/> split into <paramref name="count"/> parts as even as possible, the first ones taking the remainder.</summary>
    public static IReadOnlyList<int> Split(int total, int count) =>
        Enumerable.Range(0, count).Select(i => (total / count) + (i < total % count ? 1 : 0)).ToList();

    /// <summary>
    /// A manual batch confirmed at <paramref name="start"/>: it and every later batch move by the same amount, so
    /// each keeps its length and the pauses between them stay as planned.
    /// </summary>
    public void ShiftFrom(int index, DateTimeOffset start)
    {
        TimeSpan shift = start - Batches[index].StartsAt;
        foreach (ChangeOrderBatch batch in Batches.Skip(index))
        {
            batch.StartsAt += shift;
            batch.EndsAt += shift;
        }
    }

    /// <summary>Ends the order as terminated (6) at <paramref name="at"/>: every batch not finished is terminated with it.</summary>
    public void Terminate(DateTimeOffset at)
    {
        StoppedAt = CurrentBatch;
        foreach (ChangeOrderBatch batch in Batches.Where(b => !b.IsFinished))
        {
            batch.MoveTo(ChangeOrderStatus.Aborted, at);
        }

        Status = ChangeOrderStatus.Aborted;
        FinishedAt = at;
        WasAborted = true;
    }

    private static ChangeOrderBatch NewBatch(int i, IReadOnlyList<string> appIds, int parallelCount, DateTimeOffset createdAt, TimeSpan delay, int count, TimeSpan pause) => new()
    {
        PipelineId = Guid.NewGuid().ToString("D"),
        Index = i,
        AppIds = appIds,
        ParallelCount = parallelCount,
        StartsAt = createdAt + TimeSpan.FromTicks(delay.Ticks * i / count) + (pause * i),
        EndsAt = createdAt + TimeSpan.FromTicks(delay.Ticks * (i + 1) / count) + (pause * i),
        UpdatedAt = createdAt,
    };
}
