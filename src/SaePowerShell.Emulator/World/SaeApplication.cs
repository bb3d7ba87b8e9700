namespace SaePowerShell.Emulator.World;

/// <summary>One application. Mutable, but only ever touched inside <see cref="SaeWorld.Transact{T}"/>.</summary>
internal sealed class SaeApplication
{
    public const string Running = "RUNNING";
    public const string Stopped = "STOPPED";

    public required string AppId { get; init; }

    public required string AppName { get; init; }

    public required string NamespaceId { get; init; }

    public required string Description { get; init; }

    public required int Cpu { get; init; }

    public required int Mem { get; init; }

    public required int Instances { get; init; }

    public required int RunningInstances { get; set; }

    /// <summary><see cref="Running"/> or <see cref="Stopped"/>.</summary>
    public required string Status { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The seed's changeOrderFault: when set, every change order that includes this application fails in its batch.</summary>
    public ChangeOrderFault? ChangeOrderFault { get; init; }

    /// <summary>Its tags (TagResources), by key in the order first set; setting a key again replaces its value, as SAE does.</summary>
    public List<KeyValuePair<string, string>> Tags { get; } = [];

    /// <summary>Every change order that started this application, oldest first: tests use it to prove nothing started twice.</summary>
    public List<string> StartedBy { get; } = [];

    /// <summary>Every batch stop change order that included this application, oldest first.</summary>
    public List<string> StoppedBy { get; } = [];

    /// <summary>Every batch restart change order that included this application, oldest first.</summary>
    public List<string> RestartedBy { get; } = [];

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
    /// an older one is still executing, and an application stays busy until its whole order ends, not just its own batch.
    /// </summary>
    public bool HasExecutingChangeOrder => HeldBy is { IsExecuting: true };
}
