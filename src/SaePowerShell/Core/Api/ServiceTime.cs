using System;
using System.Globalization;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The module's one convention for times (about_SaePowerShell, TIMES): every time it writes is a DateTimeOffset at
/// Beijing time, +08:00, the zone SAE itself speaks in. SAE writes change-order times as "yyyy-MM-dd HH:mm:ss" with no
/// zone; the console, the emulator and, as far as is known, the API mean China Standard Time, so that is the offset
/// given to them (the outcome check allows for the reading being wrong: <see cref="Outcome.OutcomeCheck.CertainlyOlder"/>).
/// A time the wire gives exactly (epoch milliseconds, or ISO 8601 with its zone) keeps its instant and is shown at
/// +08:00 too, so that an instance's CreateTime and a change order's can be compared by eye.
/// </summary>
internal static class ServiceTime
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The last moment a DateTimeOffset holds (9999-12-31 23:59:59.999 UTC), in epoch milliseconds.</summary>
    public static readonly long LatestEpochMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>The earliest local time that still has a UTC time at China's offset (0001-01-01 08:00:00).</summary>
    private static readonly DateTime EarliestLocal = DateTime.MinValue + ChinaStandardTime;

    /// <summary>A time as SAE writes it, or null: also one before 0001-01-01 08:00, which has no UTC time at China's offset.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local) && local >= EarliestLocal
            ? new DateTimeOffset(local, ChinaStandardTime)
            : (DateTimeOffset?)null;

    /// <summary>A time SAE writes as epoch milliseconds, as a number or a string of digits (ListAppVersions, instances), at +08:00; null past year 9999.</summary>
    public static DateTimeOffset? FromEpochMilliseconds(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms) && ms > 0 && ms <= LatestEpochMilliseconds
            ? InServiceZone(DateTimeOffset.FromUnixTimeMilliseconds(ms))
            : (DateTimeOffset?)null;

    /// <summary>A time SAE writes as Unix seconds, a number or a string of digits (the job APIs), at +08:00; 0 (not yet) is null.</summary>
    public static DateTimeOffset? FromEpochSeconds(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long seconds) && seconds > 0 && seconds <= LatestEpochMilliseconds / 1000
            ? InServiceZone(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : (DateTimeOffset?)null;

    /// <summary>A time SAE writes in ISO 8601 with its zone, such as 2020-02-19T05:01:28Z (ListAppEvents), at +08:00; one without a zone is UTC.</summary>
    public static DateTimeOffset? FromIso(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset value)
            ? InServiceZone(value)
            : (DateTimeOffset?)null;

    /// <summary>The same instant at +08:00, the offset every time the module writes has; the last hours of year 9999 stay as they are.</summary>
    public static DateTimeOffset InServiceZone(DateTimeOffset time) =>
        time.UtcDateTime <= DateTime.MaxValue - ChinaStandardTime ? time.ToOffset(ChinaStandardTime) : time;
}
