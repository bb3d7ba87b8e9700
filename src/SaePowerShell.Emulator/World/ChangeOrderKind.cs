namespace SaePowerShell.Emulator.World;

/// <summary>
/// What a change order does to its applications once their batch succeeds. Each batch API is one instance here, so
/// the completion logic in <see cref="WorldState"/> never needs to know which API created an order.
/// </summary>
internal sealed class ChangeOrderKind
{
    public static readonly ChangeOrderKind BatchStart = new(
        "CoBatchStartApplication",
        "Batch Start Applications",
        app => app.StartedBy,
        Run);

    public static readonly ChangeOrderKind BatchStop = new(
        "CoBatchStopApplication",
        "Batch Stop Applications",
        app => app.StoppedBy,
        app =>
        {
            app.Status = SaeApplication.Stopped;
            app.RunningInstances = 0;
        });

    /// <summary>
    /// A restart ends with the applications running, whatever they were before. The emulator does not refuse to restart a
    /// stopped application (SAE may answer Application.InvalidStatus): nothing in the module depends on that refusal.
    /// </summary>
    public static readonly ChangeOrderKind BatchRestart = new(
        "CoRestartApplication",
        "Batch Restart Applications",
        app => app.RestartedBy,
        Run);

    private readonly Func<SaeApplication, List<string>> _ledger;
    private readonly Action<SaeApplication> _onSuccess;

    private ChangeOrderKind(string coTypeCode, string coType, Func<SaeApplication, List<string>> ledger, Action<SaeApplication> onSuccess)
    {
        CoTypeCode = coTypeCode;
        CoType = coType;
        _ledger = ledger;
        _onSuccess = onSuccess;
    }

    public string CoTypeCode { get; }

    /// <summary>The human-readable type SAE shows next to the code.</summary>
    public string CoType { get; }

    /// <summary>
    /// Notes the new order in the application's ledger of this kind (the admin state's startedBy, stoppedBy or
    /// restartedBy), when the order is created. Each kind has its own: startedBy exists to prove Start-SaeApplication
    /// never starts an application twice, and a restart is not a start.
    /// </summary>
    public void Record(SaeApplication app, string changeOrderId) => _ledger(app).Add(changeOrderId);

    public void ApplySuccess(SaeApplication app) => _onSuccess(app);

    private static void Run(SaeApplication app)
    {
        app.Status = SaeApplication.Running;
        app.RunningInstances = app.Instances;
    }
}
