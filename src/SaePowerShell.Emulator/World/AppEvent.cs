namespace SaePowerShell.Emulator.World;

/// <summary>
/// One Kubernetes-style event of an application (ListAppEvents): a Pod (instance) or the Deployment (the application)
/// changed. <see cref="Sequence"/> orders events of the same instant.
/// </summary>
internal sealed record AppEvent(
    long Sequence,
    string AppId,
    string NamespaceId,
    string EventType,
    string Reason,
    string Message,
    string ObjectKind,
    string ObjectName,
    DateTimeOffset At)
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";
    public const string Pod = "Pod";
    public const string Deployment = "Deployment";
}
