namespace SaePowerShell.Commands.Input;

/// <summary>One instance to act on: its application (or why the input is not usable) and its id.</summary>
internal sealed record InstanceInput(AppInput App, string? InstanceId);
