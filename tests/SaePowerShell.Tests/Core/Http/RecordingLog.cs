using SaePowerShell.Core.Diagnostics;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>A log that keeps what the core tells it, to read what it said it did and why.</summary>
internal sealed class RecordingLog : ISaeLog
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Verbose(string message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }

    public void Debug(string message)
    {
    }
}
