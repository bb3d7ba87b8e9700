namespace SaePowerShell.Core.Diagnostics;

/// <summary>
/// What the core tells about its work. The cmdlets implement it by queueing the text for the pipeline thread,
/// since PowerShell's streams may only be written from there. Implementations must never be handed a secret.
/// </summary>
internal interface ISaeLog
{
    void Verbose(string message);

    void Debug(string message);
}

internal sealed class NullLog : ISaeLog
{
    public static readonly NullLog Instance = new NullLog();

    public void Verbose(string message)
    {
    }

    public void Debug(string message)
    {
    }
}
