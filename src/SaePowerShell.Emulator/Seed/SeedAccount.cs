namespace SaePowerShell.Emulator.Seed;

/// <summary>
/// One more account, as a seed's <c>accounts</c> or an <c>--accounts</c> file lists it: its id (the digits a role ARN
/// names, <c>acs:ram::&lt;accountId&gt;:role/…</c>), the access keys that open it, and its own starting world (an inline
/// <see cref="Seed"/> or a <see cref="SeedFile"/>), else a copy of the emulator's seed world.
/// </summary>
public sealed record SeedAccount
{
    public string AccountId { get; init; } = "";

    public IReadOnlyList<SeedAccessKey> AccessKeys { get; init; } = [];

    /// <summary>The account's starting world, inline; no faults (the fault plan is the emulator's) and no accounts of its own.</summary>
    public SeedDocument? Seed { get; init; }

    /// <summary>A seed file for the account's world; relative to the file that names it. Not with <see cref="Seed"/>.</summary>
    public string? SeedFile { get; init; }
}

/// <summary>An access key pair of a <see cref="SeedAccount"/>.</summary>
public sealed record SeedAccessKey
{
    public string AccessKeyId { get; init; } = "";

    public string AccessKeySecret { get; init; } = "";
}
