namespace SaePowerShell;

// The properties and their parser are generated from data/sae-cmdlets.json (records) and the surface; this is what
// SAE does not answer.
public sealed partial record SaeApplication
{
    /// <inheritdoc />
    public override string ToString() => AppName.Length > 0 ? AppName + " (" + AppId + ")" : AppId;
}
