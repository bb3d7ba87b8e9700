using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Concurrency;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Time;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// Polls change orders until each reaches a final state or the time is up, showing one progress bar per change order
/// (with its batches) under one for the whole wait. It reports each change order once, as it finishes, and leaves
/// what to write to the cmdlet: Wait-SaeChangeOrder reports per change order, the batch cmdlets per application.
/// Polls run on worker threads with the command's context; the cmdlet is used only on the pipeline thread, to write.
/// </summary>
internal sealed class ChangeOrderWaiter
{
    private const int ParentActivityId = 100;
    private const int ConcurrentPolls = 4;

    private readonly CancellableCmdlet _cmdlet;
    private readonly CommandContext _context;
    private readonly IClock _clock;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _firstInterval;
    private readonly ApplicationNamespaces _namespaces;

    public ChangeOrderWaiter(CancellableCmdlet cmdlet, CommandContext context, TimeSpan timeout, TimeSpan firstInterval)
        : this(cmdlet, context, context.Client.Clock, timeout, firstInterval)
    {
    }

    public ChangeOrderWaiter(CancellableCmdlet cmdlet, CommandContext context, IClock clock, TimeSpan timeout, TimeSpan firstInterval)
    {
        _cmdlet = cmdlet;
        _context = context;
        _clock = clock;
        _timeout = timeout;
        _firstInterval = firstInterval;
        _namespaces = new ApplicationNamespaces(context.Client);
    }

    /// <summary>
    /// Waits for <paramref name="orders"/>. <paramref name="finished"/> gets each one as it ends, with null when it
    /// succeeded or paused for a person to confirm its next batch, else the reason (a failed, terminated, stuck or
    /// timed-out change order, or a call that failed). <paramref name="judge"/> says what an ended change order means
    /// (by default <see cref="ChangeOrderOutcome.FailureOf"/>; Stop-SaeChangeOrder expects it terminated).
    /// </summary>
    public void Wait(IReadOnlyList<SaeChangeOrder> orders, Action<SaeChangeOrder, Exception?> finished, bool justCreated = false, Func<SaeChangeOrder, string, Exception?>? judge = null)
    {
        judge ??= ChangeOrderOutcome.FailureOf;
        DateTimeOffset start = _clock.UtcNow;
        var pending = new List<Tracked>(orders.Select((order, i) => new Tracked(order, ParentActivityId + 1 + i, new OrderPollSchedule(_firstInterval, TimeSpan.FromSeconds(15)))
        {
            // A change order made a moment ago is not finished yet: its first look waits one interval. One piped in may be old.
            DueAt = justCreated ? start + _firstInterval : start,
        }));
        DateTimeOffset deadline = start + _timeout;
        var overall = new ProgressRecord(ParentActivityId, "Waiting for SAE change orders", "Waiting for " + orders.Count + " change order(s)");
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var firstLooks = new FirstLooks();
        CommandContext context = _context;

        try
        {
            while (pending.Count > 0)
            {
                DateTimeOffset now = _clock.UtcNow;
                if (now >= deadline)
                {
                    foreach (Tracked tracked in pending)
                    {
                        Complete(tracked, overall);
                        finished(tracked.Order, ChangeOrderOutcome.TimedOut(tracked.Order, _timeout, Where(tracked.Order)));
                    }

                    return;
                }

                DateTimeOffset nextDue = pending.Min(t => t.DueAt);
                if (nextDue > now)
                {
                    TimeSpan pause = (nextDue < deadline ? nextDue : deadline) - now;
                    _cmdlet.WriteVerbose("Waiting " + pause.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s before the next look at "
                        + pending.Count(t => t.DueAt <= nextDue) + " of " + pending.Count + " change order(s).");
                    _cmdlet.Dispatcher.Wait(_clock.Delay(pause, _cmdlet.CancellationToken), _cmdlet.CancellationToken);
                    continue;
                }

                List<Tracked> due = pending.Where(t => t.DueAt <= now).ToList();
                List<(Tracked Order, Tracked Scout)> later = new List<(Tracked, Tracked)>();
                if (justCreated)
                {
                    // Orders this command just started, of one kind, end together: one scout looks first for the others.
                    (due, later) = firstLooks.Split(due, t => Kind(t.Order), t => t.LookedAt);
                }

                IReadOnlyList<Task<Exception?>> polls = ThrottledRunner.Start(due, ConcurrentPolls, (tracked, token) => RefreshAsync(context, _namespaces, tracked.Order, token), _cmdlet.CancellationToken);
                for (int i = 0; i < due.Count; i++)
                {
                    Tracked tracked = due[i];
                    Exception? failure = _cmdlet.Await(polls[i]);
                    tracked.LookedAt = true;
                    if (failure is null && !ChangeOrderOutcome.IsOver(tracked.Order))
                    {
                        tracked.DueAt = _clock.UtcNow + tracked.Schedule.Next(tracked.Order);
                        Show(tracked, overall);
                        WarnIfWaitingForApproval(tracked.Order, warned);
                        continue;
                    }

                    Complete(tracked, overall);
                    if (failure is null && ChangeOrderOutcome.WaitsForConfirmation(tracked.Order))
                    {
                        _cmdlet.WriteWarning(ChangeOrderOutcome.NextStep(tracked.Order, Where(tracked.Order)));
                    }

                    finished(tracked.Order, failure ?? judge(tracked.Order, Where(tracked.Order)));
                    tracked.Done = true;
                }

                foreach (Tracked scout in due.Where(t => t.Done))
                {
                    firstLooks.Finished(Kind(scout.Order));
                }

                foreach ((Tracked waiting, Tracked scout) in later)
                {
                    // Its scout finished: it likely has too, so it is looked at now; else when the scout is next.
                    waiting.DueAt = scout.Done ? _clock.UtcNow : scout.DueAt;
                }

                pending.RemoveAll(t => t.Done);
                UpdateOverall(overall, orders.Count, pending.Count);
            }
        }
        catch (PipelineStoppedException)
        {
            SayWhatGoesOn(pending);
            throw;
        }
        finally
        {
            overall.RecordType = ProgressRecordType.Completed;
            try
            {
                _cmdlet.WriteProgress(overall);
            }
            catch (PipelineStoppedException)
            {
                // Stopped: the host clears the bars itself.
            }
        }
    }

    /// <summary>
    /// Ctrl+C stops the wait, not the change orders: SAE goes on with them. Say which, and how to wait again. The
    /// pipeline no longer takes writes once stopping, so this goes to the host directly.
    /// </summary>
    private void SayWhatGoesOn(List<Tracked> pending)
    {
        List<SaeChangeOrder> running = pending.Where(t => !t.Done).Select(t => t.Order).ToList();
        if (running.Count == 0)
        {
            return;
        }

        string list = string.Join("; ", running.Select(o => (o.NamespaceId ?? "?") + " " + o.ChangeOrderId + " (" + (o.Status?.ToString() ?? "not yet described") + ")"));
        // One command per namespace and place: a fresh session knows neither unless told.
        string again = string.Join("; ", running.GroupBy(o => (o.NamespaceId, Where: Where(o)))
            .Select(g => "Wait-SaeChangeOrder -ChangeOrderId " + string.Join(",", g.Select(o => o.ChangeOrderId))
                + (g.Key.NamespaceId is null ? string.Empty : " -NamespaceId " + g.Key.NamespaceId) + g.Key.Where));
        try
        {
            _cmdlet.Host.UI.WriteWarningLine("Stopped waiting; SAE goes on with " + running.Count + " change order(s): " + list + ". To wait for them again: " + again);
        }
        catch (Exception)
        {
            // A host without a UI: nothing to tell.
        }
    }

    /// <summary>
    /// The -RegionId (and -Endpoint) a printed command about this change order needs to run as printed in a fresh
    /// session: where this command looked at it.
    /// </summary>
    private string Where(SaeChangeOrder order)
    {
        try
        {
            return RerunArguments.Of(_context.Locator.Locate(order.NamespaceId, order.RegionId));
        }
        catch (SaeConfigurationException)
        {
            return string.Empty;
        }
    }

    private static async Task<Exception?> RefreshAsync(CommandContext context, ApplicationNamespaces namespaces, SaeChangeOrder order, CancellationToken cancellationToken)
    {
        try
        {
            ServiceLocation location = context.Locator.Locate(order.NamespaceId, order.RegionId);
            var response = await context.Client.SendAsync(DescribeChangeOrderCall.Request(location, order.ChangeOrderId, order.NamespaceId), cancellationToken).ConfigureAwait(false);
            DescribeChangeOrderCall.Parse(response, order, location);
            await namespaces.FillAsync(order, location, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (SaeException ex)
        {
            return ex;
        }
    }

    private void Show(Tracked tracked, ProgressRecord overall) => _cmdlet.WriteProgress(ChangeOrderProgress.Of(tracked.Order, tracked.ActivityId, overall.ActivityId));

    private void Complete(Tracked tracked, ProgressRecord overall) => _cmdlet.WriteProgress(ChangeOrderProgress.Completed(tracked.Order, tracked.ActivityId, overall.ActivityId));

    private void UpdateOverall(ProgressRecord overall, int total, int pending)
    {
        overall.PercentComplete = (total - pending) * 100 / total;
        overall.StatusDescription = (total - pending) + " of " + total + " change order(s) finished";
        _cmdlet.WriteProgress(overall);
    }

    private void WarnIfWaitingForApproval(SaeChangeOrder order, HashSet<string> warned)
    {
        if (ChangeOrderOutcome.WaitsForApproval(order.Status) && warned.Add(order.ChangeOrderId))
        {
            _cmdlet.WriteWarning(ChangeOrderOutcome.Describe(order) + " is " + order.Status + ": it waits for someone to approve it in the SAE console; the wait goes on.");
        }
    }

    private sealed class Tracked
    {
        public Tracked(SaeChangeOrder order, int activityId, OrderPollSchedule schedule)
        {
            Order = order;
            ActivityId = activityId;
            Schedule = schedule;
        }

        public OrderPollSchedule Schedule { get; }

        /// <summary>When this change order is next looked at.</summary>
        public DateTimeOffset DueAt { get; set; }

        public SaeChangeOrder Order { get; }

        public int ActivityId { get; }

        public bool Done { get; set; }

        /// <summary>Whether it has been looked at once: from then on it keeps its own schedule.</summary>
        public bool LookedAt { get; set; }
    }

    /// <summary>What makes change orders alike in how long they take: their type.</summary>
    private static string Kind(SaeChangeOrder order) => order.CoTypeCode ?? order.Action;
}
