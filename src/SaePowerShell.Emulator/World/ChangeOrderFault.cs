namespace SaePowerShell.Emulator.World;

/// <summary>
/// How a change order over a seeded "broken" application ends (the seed's <c>changeOrderFault</c>): the batch holding
/// that application runs for its whole window and then ends with <see cref="Status"/> instead of succeeding. This is
/// the only way the emulator produces a failed change order, so clients can test their failure path offline.
/// </summary>
internal sealed class ChangeOrderFault
{
    public static readonly ChangeOrderFault Failed = new(
        "Failed",
        ChangeOrderStatus.Failed,
        (batch, app) => $"Batch {batch} failed: application {app} did not become healthy (emulated fault).");

    public static readonly ChangeOrderFault SystemFailed = new(
        "SystemFailed",
        ChangeOrderStatus.SystemFailure,
        (batch, app) => $"Batch {batch} failed: a system error occurred while changing application {app} (emulated fault).");

    public static readonly ChangeOrderFault Terminated = new(
        "Terminated",
        ChangeOrderStatus.Aborted,
        (batch, app) => $"Batch {batch} was terminated while changing application {app} (emulated fault).");

    /// <summary>
    /// The batch fails, but SAE leaves the change order itself executing ("in progress, abnormal", SubStatus 1) until
    /// someone aborts it: the order and its applications stay busy, and later batches never start.
    /// </summary>
    public static readonly ChangeOrderFault Abnormal = new(
        "Abnormal",
        ChangeOrderStatus.Failed,
        (batch, app) => $"Batch {batch} failed: application {app} did not become healthy; the change order is still executing, abnormal, until it is aborted (emulated fault).",
        leavesOrderExecuting: true);

    public static readonly IReadOnlyList<ChangeOrderFault> All = [Failed, SystemFailed, Terminated, Abnormal];

    private readonly Func<int, string, string> _message;

    private ChangeOrderFault(string name, ChangeOrderStatus status, Func<int, string, string> message, bool leavesOrderExecuting = false)
    {
        Name = name;
        Status = status;
        _message = message;
        LeavesOrderExecuting = leavesOrderExecuting;
    }

    /// <summary>The seed's spelling.</summary>
    public string Name { get; }

    /// <summary>The terminal status the failing batch ends with, and its change order too unless <see cref="LeavesOrderExecuting"/>.</summary>
    public ChangeOrderStatus Status { get; }

    /// <summary>Whether the change order stays executing, abnormal, instead of ending with the batch (<see cref="Abnormal"/>).</summary>
    public bool LeavesOrderExecuting { get; }

    /// <summary>The fault of that seed name (ordinal), or null for null or an unknown name.</summary>
    public static ChangeOrderFault? FromName(string? name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>DescribeChangeOrder's ErrorMessage; <paramref name="batchNumber"/> is 1-based, as the pipeline names are.</summary>
    public string Describe(int batchNumber, string appName) => _message(batchNumber, appName);
}
