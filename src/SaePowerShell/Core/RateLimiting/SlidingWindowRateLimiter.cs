using System.Collections.Generic;
using System.Globalization;
using System;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.RateLimiting;

/// <summary>
/// At most <c>Permits</c> calls in any window of <c>Window</c>. Each caller is granted a moment to go at the time it
/// asks, so concurrent callers get distinct slots and the limit holds exactly, without polling.
/// </summary>
internal sealed class SlidingWindowRateLimiter
{
    private readonly object _gate = new object();
    private readonly Queue<DateTimeOffset> _grants = new Queue<DateTimeOffset>();
    private readonly IClock _clock;

    public SlidingWindowRateLimiter(int permits, TimeSpan window, IClock clock)
    {
        if (permits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permits), permits, "At least one call per window.");
        }

        Permits = permits;
        Window = window;
        _clock = clock;
    }

    public int Permits { get; }

    public TimeSpan Window { get; }

    /// <summary>Reserves the next slot and returns how long to wait for it (zero when a call may go now).</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            DateTimeOffset now = _clock.UtcNow;
            while (_grants.Count > 0 && _grants.Peek() <= now - Window)
            {
                _grants.Dequeue();
            }

            DateTimeOffset grant = now;
            if (_grants.Count >= Permits)
            {
                // The call Permits places back must have left the window before this one may go.
                DateTimeOffset[] ordered = _grants.ToArray();
                DateTimeOffset earliest = ordered[ordered.Length - Permits] + Window;
                if (earliest > grant)
                {
                    grant = earliest;
                }
            }

            _grants.Enqueue(grant);
            return grant - now;
        }
    }

    public override string ToString() => Permits + " calls per " + Window.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";
}
