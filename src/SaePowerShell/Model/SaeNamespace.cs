namespace SaePowerShell;

// The listing's properties and their parser are generated from data/sae-cmdlets.json (records) and the surface; these
// are what DescribeNamespace adds, which a listing does not answer.
public sealed partial record SaeNamespace
{
    /// <summary>The namespace's description (DescribeNamespace gives it; a listing does not).</summary>
    public string? Description { get; init; }

    /// <summary>Whether its applications get SAE's built-in service registry (DescribeNamespace gives it; a listing does not).</summary>
    public bool? EnableMicroRegistration { get; init; }

    /// <inheritdoc />
    public override string ToString() => NamespaceId;
}
