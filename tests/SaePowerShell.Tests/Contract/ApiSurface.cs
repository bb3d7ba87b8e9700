using SaePowerShell.Surface;

namespace SaePowerShell.Tests.Contract;

/// <summary>
/// The official SAE API surface (data/sae-api-surface.json, from Alibaba's generated Go SDK), read for the contract
/// tests through the one surface reader (src/Surface) that the build's generator and the emulator also compile.
/// </summary>
internal static class ApiSurface
{
    private static readonly Lazy<SurfaceDocument> Lazy = new(() => SurfaceDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sae-api-surface.json"))));

    public static SurfaceDocument Document => Lazy.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, SurfaceOperation>> ByAction = new(() => Lazy.Value.Apis.ToDictionary(a => a.Action, StringComparer.Ordinal));

    /// <summary>Every API by its action name, made once: the contract theories look one up per row.</summary>
    public static IReadOnlyDictionary<string, SurfaceOperation> Apis => ByAction.Value;
}
