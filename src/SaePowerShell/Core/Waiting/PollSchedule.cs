using System;

namespace SaePowerShell.Core.Waiting;

/// <summary>
/// How long to wait between rounds of polling change orders: short at first (most finish in seconds), longer as the
/// wait drags on, and never so short that polling alone would use up SAE's quota of about one call a second.
/// </summary>
internal sealed class PollSchedule
{
    public static readonly TimeSpan QuotaSpacing = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _initial;
    private readonly TimeSpan _maximum;
    private int _round;

    public PollSchedule(TimeSpan initial, TimeSpan maximum)
    {
        _initial = initial;
        _maximum = maximum < initial ? initial : maximum;
    }

    /// <summary>The wait before the next round, for a round that polled <paramref name="calls"/> change orders.</summary>
    public TimeSpan Next(int calls)
    {
        double seconds = Math.Min(_initial.TotalSeconds * Math.Pow(1.5, _round), _maximum.TotalSeconds);
        _round++;
        double quota = QuotaSpacing.TotalSeconds * Math.Max(0, calls - 1);
        return TimeSpan.FromSeconds(Math.Max(seconds, quota));
    }
}
