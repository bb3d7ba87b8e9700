namespace SaePowerShell.Core.Api;

/// <summary>What ListAppEvents is asked to narrow the events to; null leaves a filter out.</summary>
internal sealed record AppEventFilter(string? AppId, string? EventType, string? ObjectKind, string? ObjectName, string? Reason);
