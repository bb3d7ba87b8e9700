namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeResourceTag
{
    /// <summary>The region of the resource.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The application's id, under the name the application cmdlets bind by property name.</summary>
    public string AppId => ResourceId;

    /// <inheritdoc />
    public override string ToString() => Key + "=" + Value;
}
