namespace SaePowerShell.Emulator.Surface;

/// <summary>Where the official SDK puts a request parameter on the wire.</summary>
internal enum ParameterLocation
{
    Query,
    Body,
    Path,
}

/// <summary>One request parameter as <c>data/sae-api-surface.json</c> declares it.</summary>
/// <param name="Type">The declared type: string, integer (int32), long (int64), boolean, object, …</param>
/// <param name="WholeBody">The v2 APIs' single parameter named <c>body</c>: the JSON body itself, not a member of it.</param>
internal sealed record SurfaceParameter(string Name, ParameterLocation In, string Type, bool Required, bool WholeBody);
