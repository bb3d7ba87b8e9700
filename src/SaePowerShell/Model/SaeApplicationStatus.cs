namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeApplicationStatus
{
    /// <summary>The application's name, when it came down the pipeline with the application (DescribeApplicationStatus does not give it).</summary>
    public string? AppName { get; set; }

    /// <summary>The namespace, carried over from the input so the object pipes on.</summary>
    public string? NamespaceId { get; set; }

    /// <summary>The region of the call.</summary>
    public string? RegionId { get; set; }

    /// <inheritdoc />
    public override string ToString() => AppId + ": " + (CurrentStatus ?? "UNKNOWN");
}
