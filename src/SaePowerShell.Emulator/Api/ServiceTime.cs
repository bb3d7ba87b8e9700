using System.Globalization;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// SAE writes change order times (CreateTime, FinishTime) as "yyyy-MM-dd HH:mm:ss" without a zone; the samples read
/// like China Standard Time, so the emulator writes them in UTC+8.
/// </summary>
internal static class ServiceTime
{
    private static readonly TimeSpan ServiceTimeZone = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(ServiceTimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
