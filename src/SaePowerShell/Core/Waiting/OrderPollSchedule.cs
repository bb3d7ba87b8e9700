using System;
using System.Linq;

namespace SaePowerShell.Core.Waiting;

/// <summary>
/// When to look at one change order next. Polls share SAE's quota of about 60 calls a minute with everything else, so
/// each order is polled by when it is likely to finish, not on one clock for all: once a batch has finished, the next
/// look comes about one batch's time later; until then the pauses grow (2 s, then 1.5 times longer, up to 15 s).
/// A finished order is never polled again.
/// </summary>
internal sealed class OrderPollSchedule
{
    private readonly PollSchedule _growing;
    private readonly TimeSpan _shortest;
    private readonly TimeSpan _longest;

    public OrderPollSchedule(TimeSpan shortest, TimeSpan longest)
    {
        _shortest = shortest;
        _longest = longest < shortest ? shortest : longest;
        _growing = new PollSchedule(shortest, _longest);
    }

    /// <summary>The pause after a poll that found <paramref name="order"/> still going.</summary>
    public TimeSpan Next(SaeChangeOrder order)
    {
        TimeSpan grown = _growing.Next(1);
        TimeSpan? batch = TypicalBatch(order);
        if (batch is null)
        {
            return grown;
        }

        // About one batch's time: the next batch is likely done by then, and not much sooner.
        TimeSpan estimate = batch.Value;
        return estimate < _shortest ? _shortest : estimate > _longest ? _longest : estimate;
    }

    private static TimeSpan? TypicalBatch(SaeChangeOrder order)
    {
        var done = order.Batches
            .Where(b => b.Status == SaeChangeOrderStatus.Succeeded && b.StartTime.HasValue && b.UpdateTime.HasValue && b.UpdateTime > b.StartTime)
            .Select(b => (b.UpdateTime!.Value - b.StartTime!.Value).TotalSeconds)
            .ToList();
        return done.Count == 0 ? (TimeSpan?)null : TimeSpan.FromSeconds(done.Average());
    }
}
