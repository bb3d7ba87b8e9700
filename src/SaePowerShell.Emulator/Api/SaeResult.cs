namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A successful SAE answer: <see cref="Data"/> goes into the envelope's Data; <see cref="TopLevel"/> are extra
/// envelope fields (ListApplications repeats its paging there, as the C# SDK model reads it).
/// </summary>
/// <remarks>A null Data is for the few APIs without one (DescribeRegions answers Regions at the top level).</remarks>
internal sealed record SaeResult(object? Data, IReadOnlyList<KeyValuePair<string, object>>? TopLevel = null);
