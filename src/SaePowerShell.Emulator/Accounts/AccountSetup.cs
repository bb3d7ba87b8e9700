using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Accounts;

/// <summary>One configured account, checked: its id, its keys (each naming the account) and its starting world.</summary>
internal sealed record AccountSetup(string AccountId, IReadOnlyList<AccessKey> Keys, SeedDocument Seed);
