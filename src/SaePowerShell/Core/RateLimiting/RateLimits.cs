using System.Collections.Concurrent;
using System.Globalization;
using System;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.RateLimiting;

/// <summary>
/// One rate limiter per AccessKey for the whole PowerShell process, shared by every cmdlet, so that a session of many
/// commands stays under SAE's quota of about 60 calls a minute per account (reference §6). The default keeps a margin
/// below it; SAE_POWERSHELL_RATE_LIMIT changes it ("calls/seconds", e.g. "120/60") or turns it off ("off"). An
/// endpoint on this machine (127.0.0.1, ::1, localhost: the emulator) has no SAE quota to keep to, so calls to it are
/// not limited unless SAE_POWERSHELL_RATE_LIMIT asks for it.
/// </summary>
internal static class RateLimits
{
    public const string Variable = SaeEnvironmentVariables.RateLimit;
    public const int DefaultPermits = 55;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(60);

    /// <summary>The shortest window taken: a millisecond, the finest TimeSpan.FromSeconds keeps on .NET Framework.</summary>
    public const double ShortestWindowSeconds = 0.001;

    /// <summary>The longest window taken: a day. Far longer windows cannot be added to or taken from a date (1/1e300 overflowed).</summary>
    public const double LongestWindowSeconds = 24 * 3600;

    private static readonly ConcurrentDictionary<string, SlidingWindowRateLimiter> Limiters = new ConcurrentDictionary<string, SlidingWindowRateLimiter>(StringComparer.Ordinal);

    /// <summary>The limiter for this AccessKey, or null when limiting is off, or the calls go to this machine and no limit was asked for.</summary>
    public static SlidingWindowRateLimiter? For(string accessKeyId, IEnvironment environment, bool loopback = false)
    {
        string? asked = environment.Get(Variable);
        if (asked is null && loopback)
        {
            return null;
        }

        (int Permits, TimeSpan Window)? setting = Parse(asked);
        if (setting is null)
        {
            return null;
        }

        string key = accessKeyId + "|" + setting.Value.Permits + "|" + setting.Value.Window.Ticks;
        return Limiters.GetOrAdd(key, _ => new SlidingWindowRateLimiter(setting.Value.Permits, setting.Value.Window, SystemClock.Instance));
    }

    /// <summary>Null means off; a malformed value is an error that names it, not a silent default.</summary>
    internal static (int Permits, TimeSpan Window)? Parse(string? value)
    {
        if (value is null)
        {
            return (DefaultPermits, DefaultWindow);
        }

        string text = value.Trim();
        if (text.Equals("off", StringComparison.OrdinalIgnoreCase) || text == "0")
        {
            return null;
        }

        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int permits) && permits > 0
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            && seconds >= ShortestWindowSeconds && seconds <= LongestWindowSeconds)
        {
            return (permits, TimeSpan.FromSeconds(seconds));
        }

        throw new SaeConfigurationException("InvalidRateLimit",
            Variable + " is '" + value + "'. Give calls per seconds, such as 55/60, with from " + ShortestWindowSeconds.ToString(CultureInfo.InvariantCulture)
            + " to " + LongestWindowSeconds.ToString(CultureInfo.InvariantCulture) + " seconds, or off.");
    }
}
