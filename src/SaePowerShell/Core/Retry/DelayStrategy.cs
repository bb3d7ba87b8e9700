using System;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Retry;

/// <summary>How long to wait before the next attempt: exponential, with "equal jitter", and at least what Retry-After asks.</summary>
internal sealed class DelayStrategy
{
    private readonly SaeClientOptions _options;
    private readonly Func<double> _random;

    public DelayStrategy(SaeClientOptions options, Func<double> random)
    {
        _options = options;
        _random = random;
    }

    public TimeSpan Next(int attempt, TimeSpan? retryAfter)
    {
        double baseSeconds = _options.RetryInterval.TotalSeconds * Math.Pow(2, attempt - 1);

        // Half the interval is kept and half is random, so concurrent callers spread out without stalling.
        double seconds = (baseSeconds / 2) + (_random() * baseSeconds / 2);
        if (retryAfter.HasValue && retryAfter.Value.TotalSeconds > seconds)
        {
            seconds = retryAfter.Value.TotalSeconds;
        }

        return TimeSpan.FromSeconds(Math.Min(seconds, _options.MaximumRetryInterval.TotalSeconds));
    }
}
