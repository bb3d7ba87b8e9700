using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Accounts;

/// <summary>An account and its own world: what its keys, and the STS credentials of its roles, see and change.</summary>
internal sealed record EmulatorAccount(string AccountId, SeedDocument StartSeed, SaeWorld World);
