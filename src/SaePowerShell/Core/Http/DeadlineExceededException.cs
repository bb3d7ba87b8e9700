using System;
using System.Globalization;

namespace SaePowerShell.Core.Http;

/// <summary>One attempt's own deadline passed before its answer was read; the caller's cancellation is another thing.</summary>
internal sealed class DeadlineExceededException : TimeoutException
{
    public DeadlineExceededException(TimeSpan deadline, Exception inner)
        : base("No answer came within " + deadline.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s.", inner)
    {
        Deadline = deadline;
    }

    public TimeSpan Deadline { get; }
}
