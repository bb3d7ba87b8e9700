using System.Text.Json;
using System.Text.RegularExpressions;
using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Accounts;

/// <summary>
/// Turns the seed's <c>accounts</c> and the <c>--accounts</c> file (a JSON array of the same entries) into checked
/// <see cref="AccountSetup"/>s. Every mistake stops the start with what is wrong: a key shared by two accounts would
/// make which world it opens a matter of chance, and a typo in an id would quietly give a team a second world.
/// </summary>
internal static partial class AccountLoader
{
    /// <param name="mainSeed">The emulator's seed, normalised; an account without a seed of its own starts from a copy of its world.</param>
    /// <param name="seedFolder">The folder of the seed's file, which a <c>seedFile</c> in its <c>accounts</c> is relative to, as one in the accounts file is to that file; the current folder for a seed that came from no file.</param>
    /// <param name="accountsFile">The <c>--accounts</c> file, or null.</param>
    /// <param name="defaultKeyId">The emulator's own key (<c>--access-key-id</c>), which belongs to the default account.</param>
    /// <exception cref="SeedException">An entry is wrong (the message names it), or the file cannot be read.</exception>
    public static IReadOnlyList<AccountSetup> Load(SeedDocument mainSeed, string seedFolder, string? accountsFile, string defaultKeyId)
    {
        var entries = new List<(SeedAccount Entry, string Source, string Folder)>();
        foreach (SeedAccount entry in mainSeed.Accounts ?? [])
        {
            entries.Add((entry, "The seed's accounts", seedFolder));
        }

        if (accountsFile is not null)
        {
            string full = Path.GetFullPath(accountsFile);
            foreach (SeedAccount entry in ReadFile(full))
            {
                entries.Add((entry, $"The accounts file '{full}'", Path.GetDirectoryName(full)!));
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal) { EmulatorAccounts.DefaultAccountId };
        var keyIds = new HashSet<string>(StringComparer.Ordinal) { defaultKeyId };
        var setups = new List<AccountSetup>();
        foreach ((SeedAccount entry, string source, string folder) in entries)
        {
            setups.Add(Check(entry, source, folder, mainSeed, ids, keyIds));
        }

        return setups;
    }

    private static IReadOnlyList<SeedAccount> ReadFile(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<List<SeedAccount>>(File.ReadAllText(path), EmulatorJson.Strict)
                ?? throw new SeedException($"The accounts file '{path}' is empty (null).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SeedException($"Cannot read the accounts file '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            throw new SeedException($"The accounts file '{path}' is not a JSON array of accounts: {e.Message}");
        }
    }

    private static AccountSetup Check(SeedAccount entry, string source, string folder, SeedDocument mainSeed, HashSet<string> ids, HashSet<string> keyIds)
    {
        if (!AccountIdPattern().IsMatch(entry.AccountId ?? ""))
        {
            throw new SeedException($"{source}: accountId must be digits, as a role ARN names an account (acs:ram::<accountId>:role/…), not '{entry.AccountId}'.");
        }

        string name = $"{source}: account {entry.AccountId}";
        if (!ids.Add(entry.AccountId!))
        {
            throw new SeedException(entry.AccountId == EmulatorAccounts.DefaultAccountId
                ? $"{name} is the emulator's own account; give another id."
                : $"{name} is listed twice.");
        }

        if (entry.AccessKeys is not { Count: > 0 })
        {
            throw new SeedException($"{name} needs at least one access key.");
        }

        var keys = new List<AccessKey>();
        foreach (SeedAccessKey key in entry.AccessKeys)
        {
            if (string.IsNullOrWhiteSpace(key.AccessKeyId) || string.IsNullOrEmpty(key.AccessKeySecret))
            {
                throw new SeedException($"{name}: every access key needs an accessKeyId and an accessKeySecret.");
            }

            if (!keyIds.Add(key.AccessKeyId))
            {
                throw new SeedException($"{name}: the access key id {key.AccessKeyId} already belongs to an account.");
            }

            keys.Add(new AccessKey(key.AccessKeyId, key.AccessKeySecret, null, AccountId: entry.AccountId!));
        }

        return new AccountSetup(entry.AccountId!, keys, SeedOf(entry, name, folder, mainSeed));
    }

    private static SeedDocument SeedOf(SeedAccount entry, string name, string folder, SeedDocument mainSeed)
    {
        if (entry.Seed is not null && entry.SeedFile is not null)
        {
            throw new SeedException($"{name} has both seed and seedFile; give one of them.");
        }

        SeedDocument? own = entry.Seed is not null ? SeedLoader.Normalise(entry.Seed, $"{name}'s seed")
            : entry.SeedFile is not null ? SeedLoader.LoadFile(Path.GetFullPath(entry.SeedFile, folder))
            : null;
        if (own is null)
        {
            return mainSeed with { Accounts = null };
        }

        if (own.Accounts is { Count: > 0 })
        {
            throw new SeedException($"{name}: an account's seed cannot list accounts of its own.");
        }

        if (own.Faults.Count > 0)
        {
            throw new SeedException($"{name}: an account's seed has no faults; the fault plan is the emulator's (its seed, PUT /_emulator/faults).");
        }

        return own;
    }

    [GeneratedRegex("^[0-9]{1,32}\\z")]
    private static partial Regex AccountIdPattern();
}
