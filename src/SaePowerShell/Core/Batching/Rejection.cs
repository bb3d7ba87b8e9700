namespace SaePowerShell.Core.Batching;

/// <summary>An application that will not be sent, and why; it becomes one ErrorRecord.</summary>
internal sealed class Rejection
{
    public Rejection(AppTarget target, string errorId, string message)
    {
        Target = target;
        ErrorId = errorId;
        Message = message;
    }

    public AppTarget Target { get; }

    public string ErrorId { get; }

    public string Message { get; }
}
