namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial record SaeRegion
{
    /// <inheritdoc />
    public override string ToString() => RegionId;
}
