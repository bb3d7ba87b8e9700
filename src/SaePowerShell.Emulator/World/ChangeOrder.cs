namespace SaePowerShell.Emulator.World;

/// <summary>
/// One change order: up to <see cref="MaxBatches"/> batches that run one after the other over the change order delay.
/// Nothing runs in the background: the world moves the batches along whenever someone looks (see
/// <see cref="WorldState.AdvanceChangeOrders"/>), so a test clock decides exactly when each batch finishes.
/// </summary>
internal sealed class ChangeOrder
{
    /// <summary>SAE splits a change order into batches; the emulator uses as many as there are applications, up to three.</summary>
    public const int MaxBatches = 3;

    public required string ChangeOrderId { get; init; }

    public required ChangeOrderKind Kind { get; init; }

    public required string NamespaceId { get; init; }

    /// <summary>The applications, in the order the request named them, without duplicates.</summary>
    public required IReadOnlyList<string> AppIds { get; init; }

    /// <summary>The batches in execution order; together they hold <see cref="AppIds"/> in order.</summary>
    public required IReadOnlyList<ChangeOrderBatch> Batches { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? Version { get; init; }

    public ChangeOrderStatus Status { get; set; } = ChangeOrderStatus.Executing;

    /// <summary>When the last batch succeeded or the failing batch failed; null while executing.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the order failed; empty unless it did.</summary>
    public string ErrorMessage { get; set; } = "";

    public bool IsExecuting => Status == ChangeOrderStatus.Executing;

    /// <summary>
    /// Executing with a failed batch (the seed's <c>Abnormal</c> fault): SAE's "in progress, abnormal", SubStatus 1. Such
    /// an order never moves on by itself; its applications stay busy until it is aborted.
    /// </summary>
    public bool IsAbnormal { get; set; }

    /// <summary>SAE's SubStatus: 1 (abnormal) once the order has failed or runs on with a failed batch, else 0.</summary>
    public int SubStatus => HasFailed || IsAbnormal ? 1 : 0;

    /// <summary>Ended in anything but success (a seeded <see cref="ChangeOrderFault"/>).</summary>
    public bool HasFailed => !IsExecuting && Status != ChangeOrderStatus.Succeeded;

    /// <summary>The batch SAE would call current: the executing one, else the last one that ran (the failed one after a failure).</summary>
    public ChangeOrderBatch CurrentBatch => Batches.LastOrDefault(b => b.HasStarted) ?? Batches[0];

    /// <summary>
    /// Splits the applications, in order, into min(count, <see cref="MaxBatches"/>) batches as even as possible (the
    /// first ones take the remainder) and gives batch i the window [i·delay/B, (i+1)·delay/B) after <paramref name="createdAt"/>.
    /// </summary>
    public static IReadOnlyList<ChangeOrderBatch> PlanBatches(IReadOnlyList<string> appIds, DateTimeOffset createdAt, TimeSpan delay)
    {
        int count = Math.Clamp(appIds.Count, 1, MaxBatches);
        var batches = new List<ChangeOrderBatch>(count);
        int taken = 0;
        for (int i = 0; i < count; i++)
        {
            int size = (appIds.Count / count) + (i < appIds.Count % count ? 1 : 0);
            batches.Add(new ChangeOrderBatch
            {
                PipelineId = Guid.NewGuid().ToString("D"),
                Index = i,
                AppIds = appIds.Skip(taken).Take(size).ToList(),
                StartsAt = createdAt + TimeSpan.FromTicks(delay.Ticks * i / count),
                EndsAt = createdAt + TimeSpan.FromTicks(delay.Ticks * (i + 1) / count),
            });
            taken += size;
        }

        return batches;
    }
}
