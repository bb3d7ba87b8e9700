using System;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Time;

/// <summary>Time and waiting, behind an interface so retry and backoff can be tested without sleeping.</summary>
internal interface IClock
{
    DateTimeOffset UtcNow { get; }

    Task Delay(TimeSpan delay, CancellationToken cancellationToken);
}

internal sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new SystemClock();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}
