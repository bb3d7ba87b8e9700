namespace SaePowerShell.Core.Batching;

/// <summary>
/// One application a user asked to act on, with the object it came from so errors can point back at it. RegionId is
/// the region given explicitly for this app, if any (otherwise the namespace id implies it); Input is what came down
/// the pipeline, or the id string given on the command line.
/// </summary>
internal sealed record AppTarget(string AppId, string NamespaceId, string? RegionId, object? Input)
{
    public override string ToString() => AppId + " in " + NamespaceId;
}
