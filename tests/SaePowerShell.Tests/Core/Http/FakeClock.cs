using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>A clock that records the waits asked of it and returns at once.</summary>
internal sealed class FakeClock : IClock
{
    public DateTimeOffset UtcNow { get; set; } = new(2018, 2, 22, 7, 46, 12, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = [];

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Delays.Add(delay);
        UtcNow += delay;
        return Task.CompletedTask;
    }
}
