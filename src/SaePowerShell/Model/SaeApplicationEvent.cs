namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial record SaeApplicationEvent
{
    /// <summary>The application the events were asked for; empty when they were asked for a whole namespace.</summary>
    public string? AppId { get; init; }

    /// <summary>The namespace of the event.</summary>
    public string NamespaceId { get; init; } = string.Empty;

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <inheritdoc />
    public override string ToString() => (Reason ?? EventType ?? "Event") + ": " + Message;
}
