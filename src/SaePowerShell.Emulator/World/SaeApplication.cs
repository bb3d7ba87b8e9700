namespace SaePowerShell.Emulator.World;

/// <summary>One application. Mutable, but only ever touched inside <see cref="SaeWorld.Transact{T}"/>.</summary>
internal sealed class SaeApplication
{
    public const string Running = "RUNNING";
    public const string Stopped = "STOPPED";

    /// <summary>
    /// The most instances the emulator keeps for one application (seed, RescaleApplication, DeployApplication's
    /// Replicas). SAE documents no such number; this only keeps a runaway client from filling the emulator's memory, and
    /// is answered with SAE's documented NoComputeResourceQuota.App.Exceed.
    /// </summary>
    public const int MaxInstances = 1000;

    private readonly Dictionary<ChangeOrderKind, List<string>> _ledgers = [];

    public required string AppId { get; init; }

    public required string AppName { get; init; }

    public required string NamespaceId { get; init; }

    /// <summary>AppDescription; UpdateApplicationDescription replaces it.</summary>
    public required string Description { get; set; }

    /// <summary>Its one instance group (DescribeApplicationGroups); derived from the AppId, so it survives a reset.</summary>
    public required string GroupId { get; init; }

    /// <summary>What a deploy, a rescale or a vertical rescale changes; replaced whole, never edited in place.</summary>
    public required AppSettings Settings { get; set; }

    public int Cpu => Settings.Cpu;

    public int Mem => Settings.Memory;

    /// <summary>Configured (target) instances: SAE's Replicas.</summary>
    public int Instances => Settings.Replicas;

    /// <summary>Every version, oldest first; the seed's image is the first.</summary>
    public List<AppVersion> Versions { get; } = [];

    /// <summary>The version the application runs: the newest one whose deploy or rollback succeeded.</summary>
    public required AppVersion CurrentVersion { get; set; }

    /// <summary>Its instances, oldest first: a running application has <see cref="Instances"/> of them, a stopped one none.</summary>
    public List<SaeInstance> InstanceList { get; } = [];

    public int RunningInstances => InstanceList.Count(i => i.IsRunning);

    /// <summary><see cref="Running"/> or <see cref="Stopped"/>.</summary>
    public required string Status { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The seed's changeOrderFault: when set, every change order that includes this application fails in its batch.</summary>
    public ChangeOrderFault? ChangeOrderFault { get; init; }

    /// <summary>Its tags (TagResources), by key in the order first set; setting a key again replaces its value, as SAE does.</summary>
    public List<KeyValuePair<string, string>> Tags { get; } = [];

    /// <summary>The CLB bound on the Internet side (BindSlb, DescribeApplicationSlbs), or null.</summary>
    public SlbBinding? InternetSlb { get; set; }

    /// <summary>The CLB bound on the Intranet side, or null.</summary>
    public SlbBinding? IntranetSlb { get; set; }

    /// <summary>The NLBs bound to it (BindNlb, DescribeApplicationNlbs), in the order first bound.</summary>
    public List<NlbBinding> Nlbs { get; } = [];

    /// <summary>ListApplications' AppDeletingStatus: a DeleteApplication change order is running.</summary>
    public bool IsDeleting => HeldBy is { IsActive: true } order && order.Kind == ChangeOrderKind.DeleteApp;

    /// <summary>
    /// Every change order the application reports as its own (ListChangeOrders), oldest first, so ListChangeOrders need
    /// not scan them all. Batch orders kept per namespace (<see cref="WorldState.BatchOrdersPerNamespace"/>) are not here.
    /// </summary>
    public List<ChangeOrder> ChangeOrders { get; } = [];

    /// <summary>The newest of <see cref="ChangeOrders"/>: what DescribeApplicationStatus reports.</summary>
    public ChangeOrder? LastChangeOrder { get; set; }

    /// <summary>The newest change order that included the application, reported or not.</summary>
    public ChangeOrder? HeldBy { get; set; }

    /// <summary>
    /// SAE runs one change order per application at a time, whatever its kind, and whether the application reports it
    /// or only its namespace does. Checking the newest one is enough: no order can be created for an application while
    /// an older one is still active (executing, waiting between batches, or executing abnormally), and an application
    /// stays busy until its whole order ends, not just its own batch.
    /// </summary>
    public bool HasActiveChangeOrder => HeldBy is { IsActive: true };

    /// <summary>
    /// Every change order of that kind that included the application, oldest first, counted when the order is created
    /// whatever becomes of it: the admin state's startedBy, deployedBy, …, so tests can prove nothing happened twice.
    /// </summary>
    public IReadOnlyList<string> LedgerOf(ChangeOrderKind kind) => _ledgers.TryGetValue(kind, out List<string>? ids) ? ids : [];

    /// <summary>Every ledger that has an entry, by kind (a saved world keeps them all).</summary>
    public IReadOnlyDictionary<ChangeOrderKind, List<string>> Ledgers => _ledgers;

    public void Record(ChangeOrderKind kind, string changeOrderId)
    {
        if (!_ledgers.TryGetValue(kind, out List<string>? ids))
        {
            _ledgers[kind] = ids = [];
        }

        ids.Add(changeOrderId);
    }

    public AppVersion? FindVersion(string versionId) => Versions.FirstOrDefault(v => v.Id == versionId);

    public SaeInstance? FindInstance(string instanceId) => InstanceList.FirstOrDefault(i => i.InstanceId == instanceId);
}
