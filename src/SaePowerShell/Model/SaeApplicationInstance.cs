namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial record SaeApplicationInstance
{
    /// <summary>The application the instance belongs to.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The application's name, when it was piped in.</summary>
    public string? AppName { get; init; }

    /// <summary>The application's namespace, when known; it tells the region to call.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <inheritdoc />
    public override string ToString() => InstanceId;
}
