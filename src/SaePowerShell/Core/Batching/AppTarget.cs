namespace SaePowerShell.Core.Batching;

/// <summary>One application a user asked to act on, with the object it came from so errors can point back at it.</summary>
internal sealed class AppTarget
{
    public AppTarget(string appId, string namespaceId, string? regionId, object? input)
    {
        AppId = appId;
        NamespaceId = namespaceId;
        RegionId = regionId;
        Input = input;
    }

    public string AppId { get; }

    public string NamespaceId { get; }

    /// <summary>The region given explicitly for this app, if any; otherwise the namespace id implies it.</summary>
    public string? RegionId { get; }

    /// <summary>What came down the pipeline (or the id string given on the command line).</summary>
    public object? Input { get; }

    public override string ToString() => AppId + " in " + NamespaceId;
}
