namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The APIs the emulator serves. The build writes <c>All</c> (SaeApiTable.g.cs): every handler of Api/, so adding one is a
/// new partial class <c>&lt;Api&gt;Api : ISaeApi</c>, whose name and answer shape the build also writes.
/// </summary>
internal static partial class SaeApiTable
{
    /// <summary>The emulated API of this official name, or null when the emulator does not emulate it.</summary>
    public static ISaeApi? ByName(string name) => All.FirstOrDefault(api => api.Name == name);
}
