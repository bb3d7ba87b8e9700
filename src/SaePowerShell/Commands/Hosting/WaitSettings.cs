using System;

namespace SaePowerShell.Commands.Hosting;

/// <summary>How a command waits for the change orders it made (-Wait, -Timeout), and what an ended one means (null: ChangeOrderOutcome.FailureOf).</summary>
internal sealed record WaitSettings(TimeSpan Timeout, TimeSpan FirstInterval, Func<SaeChangeOrder, string, Exception?>? Judge = null);
