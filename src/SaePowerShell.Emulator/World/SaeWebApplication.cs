namespace SaePowerShell.Emulator.World;

/// <summary>
/// A v2 web application (the /pop/v2/api/web APIs): a separate kind from the v1 applications, with its own id space,
/// so it is not in ListApplications. Mutable, but only ever touched inside <see cref="SaeWorld.Transact{T}"/>.
/// </summary>
internal sealed class SaeWebApplication
{
    public required string ApplicationId { get; init; }

    public required string ApplicationName { get; init; }

    public required string NamespaceId { get; init; }

    public required string Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset LastModifiedAt { get; set; }

    /// <summary>How many StartWebApplication calls it has had, so tests can see one landed.</summary>
    public int Starts { get; set; }
}
