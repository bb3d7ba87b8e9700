using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.State;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Accounts;

/// <summary>
/// Every account of the emulator, each with its own world: the default one (the <c>--access-key-id</c> key's) and those
/// of the seed's <c>accounts</c> and <c>--accounts</c>. The gateway resolves a verified key's world here before any
/// handler runs, so handlers only ever see one account's world. A snapshot holds them all: the default account's world
/// is the document, the others are in its <see cref="WorldSnapshot.Accounts"/>.
/// </summary>
internal sealed class EmulatorAccounts
{
    /// <summary>The default account's id, as role ARNs name it (<c>acs:ram::123456789012:role/…</c>).</summary>
    public const string DefaultAccountId = "123456789012";

    private readonly Dictionary<string, EmulatorAccount> _byId;

    public EmulatorAccounts(EmulatorAccount defaultAccount, IEnumerable<EmulatorAccount> others)
    {
        Default = defaultAccount;
        All = [defaultAccount, .. others];
        _byId = All.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
    }

    public EmulatorAccount Default { get; }

    /// <summary>The default account first, then the others as configured.</summary>
    public IReadOnlyList<EmulatorAccount> All { get; }

    public EmulatorAccount? Find(string accountId) => _byId.GetValueOrDefault(accountId);

    /// <summary>The world a verified key opens: its account's.</summary>
    public SaeWorld WorldOf(AccessKey key) => (Find(key.AccountId) ?? throw new InvalidOperationException($"The key {key.AccessKeyId} names no account.")).World;

    /// <summary>The account a role ARN (<c>acs:ram::&lt;id&gt;:role/…</c>) names, or null when it names none of these.</summary>
    public EmulatorAccount? OfRoleArn(string roleArn)
    {
        string[] parts = roleArn.Split(':');
        return parts.Length >= 4 ? Find(parts[3]) : null;
    }

    /// <summary>Every account's world as it is now, each taken in its own transaction.</summary>
    public WorldSnapshot Snapshot()
    {
        WorldSnapshot main = Default.World.Snapshot();
        return All.Count == 1 ? main : main with { Accounts = All.Skip(1).ToDictionary(a => a.AccountId, a => a.World.Snapshot(), StringComparer.Ordinal) };
    }

    /// <summary>
    /// Puts every account's world from a snapshot in place, all or none: an account the snapshot does not hold starts
    /// from its seed (a state file written before the account was added), and one this emulator does not have is an error.
    /// </summary>
    /// <exception cref="WorldSnapshotException">An account's world is not a possible one, or the snapshot names an unknown account.</exception>
    public void Restore(WorldSnapshot snapshot, string source)
    {
        IReadOnlyDictionary<string, WorldSnapshot> nested = snapshot.Accounts ?? new Dictionary<string, WorldSnapshot>();
        if (nested.ContainsKey(DefaultAccountId))
        {
            throw new WorldSnapshotException($"{source} lists the emulator's own account {DefaultAccountId} under accounts; its world is the document itself, and accounts holds only the others.");
        }

        if (nested.Keys.FirstOrDefault(id => Find(id) is null) is { } unknown)
        {
            throw new WorldSnapshotException($"{source} holds the world of account {unknown}, which this emulator does not have (see the seed's accounts and --accounts).");
        }

        if (nested.Values.Any(n => n.Accounts is not null))
        {
            throw new WorldSnapshotException($"{source}: an account's world cannot hold accounts of its own.");
        }

        var prepared = new List<(EmulatorAccount Account, WorldState? State)>
        {
            (Default, Default.World.Prepare(snapshot with { Accounts = null }, source)),
        };
        foreach (EmulatorAccount account in All.Skip(1))
        {
            prepared.Add((account, nested.TryGetValue(account.AccountId, out WorldSnapshot? world)
                ? account.World.Prepare(world, $"{source} (account {account.AccountId})")
                : null));
        }

        foreach ((EmulatorAccount account, WorldState? state) in prepared)
        {
            if (state is null)
            {
                account.World.Load(account.StartSeed);
            }
            else
            {
                account.World.Put(state);
            }
        }
    }
}
