namespace SaePowerShell.Core.Batching;

/// <summary>An application that will not be sent, and why; it becomes one ErrorRecord.</summary>
internal sealed record Rejection(AppTarget Target, string ErrorId, string Message);
