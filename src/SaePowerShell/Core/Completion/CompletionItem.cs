namespace SaePowerShell.Core.Completion;

/// <summary>One value to offer, and what the completion list says of it.</summary>
internal sealed record CompletionItem(string Value, string Tooltip);
