using SaePowerShell.Core.Time;
using SaePowerShell.Tests.Emulator;

namespace SaePowerShell.Tests.Commands;

/// <summary>
/// One manual time for a hosted cmdlet and the in-process emulator: the cmdlet waits (polls, backoff, settling) on it
/// and the emulator moves its change orders on it (<see cref="Time"/> is the emulator's clock), so no hosted test waits
/// on the wall clock. It records every wait asked of it. A moving clock ends each wait at once by moving the time on by
/// it; a still one holds every wait until the test moves the time past it, or the wait is cancelled (Ctrl+C).
/// </summary>
internal sealed class HostedClock : IClock
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private readonly List<(DateTimeOffset Due, TaskCompletionSource Done)> _held = [];
    private TaskCompletionSource _waitBegan = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostedClock(bool moving) => Moving = moving;

    public ManualClock Time { get; } = new(DateTimeOffset.UtcNow);

    public bool Moving { get; }

    public DateTimeOffset UtcNow => Time.GetUtcNow();

    /// <summary>Every wait asked of the clock so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    /// <summary>Each wait ends at once, the time moving on by it: a wait of minutes takes no time, and its order stays.</summary>
    public static HostedClock Moves() => new(moving: true);

    /// <summary>Each wait is held until <see cref="Advance"/> passes it or it is cancelled.</summary>
    public static HostedClock StandsStill() => new(moving: false);

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            _delays.Add(delay);
            if (Moving)
            {
                Time.Advance(delay);
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held.Add((UtcNow + delay, done));
            cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
            _waitBegan.TrySetResult();
            return done.Task;
        }
    }

    /// <summary>Completes when a wait is held (on a still clock): the cmdlet has reached a wait, and nothing moves it on but the test.</summary>
    public Task WaitHeldAsync()
    {
        lock (_gate)
        {
            return _waitBegan.Task;
        }
    }

    /// <summary>Moves the time on, ending the held waits it passes.</summary>
    public void Advance(TimeSpan by)
    {
        List<TaskCompletionSource> due;
        lock (_gate)
        {
            Time.Advance(by);
            due = [.. _held.Where(h => h.Due <= UtcNow).Select(h => h.Done)];
            _held.RemoveAll(h => h.Due <= UtcNow);
            if (_held.Count == 0)
            {
                _waitBegan = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        due.ForEach(d => d.TrySetResult());
    }
}
