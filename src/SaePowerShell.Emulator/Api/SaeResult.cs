namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A successful SAE answer: <see cref="Data"/> goes into the envelope's Data; <see cref="TopLevel"/> are extra
/// envelope fields (ListApplications repeats its paging there, as the C# SDK model reads it).
/// </summary>
internal sealed record SaeResult(object Data, IReadOnlyList<KeyValuePair<string, object>>? TopLevel = null);
