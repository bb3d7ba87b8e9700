namespace SaePowerShell.Emulator.World;

/// <summary>
/// What a change order does to its applications once it succeeds. New kinds (batch stop, restart) are one more
/// instance here, so the completion logic in <see cref="WorldState"/> never needs to know which API created an order.
/// </summary>
internal sealed class ChangeOrderKind
{
    public static readonly ChangeOrderKind BatchStart = new(
        "CoBatchStartApplication",
        "Batch Start Applications",
        startsApplications: true,
        app =>
        {
            app.Status = SaeApplication.Running;
            app.RunningInstances = app.Instances;
        });

    private readonly Action<SaeApplication> _onSuccess;

    private ChangeOrderKind(string coTypeCode, string coType, bool startsApplications, Action<SaeApplication> onSuccess)
    {
        CoTypeCode = coTypeCode;
        CoType = coType;
        StartsApplications = startsApplications;
        _onSuccess = onSuccess;
    }

    public string CoTypeCode { get; }

    /// <summary>The human-readable type SAE shows next to the code.</summary>
    public string CoType { get; }

    /// <summary>Whether creating such an order counts as starting its applications (the admin state's startedBy).</summary>
    public bool StartsApplications { get; }

    public void ApplySuccess(SaeApplication app) => _onSuccess(app);
}
