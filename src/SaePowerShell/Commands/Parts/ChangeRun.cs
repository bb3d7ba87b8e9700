using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// What a single-application change's cmdlet hands its part at the end: the change group's values, and how its
/// messages name the change (<see cref="Action"/> as ShouldProcess asks, "Deploy registry.example.com/web:2.0";
/// <see cref="Verb"/> for errors, "Could not {verb} application ..."; <see cref="Activity"/> for the progress bar).
/// </summary>
internal sealed record ChangeRun(int ThrottleLimit, WaitSettings? Wait, string Action, string Verb, string Activity);
