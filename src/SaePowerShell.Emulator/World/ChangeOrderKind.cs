namespace SaePowerShell.Emulator.World;

/// <summary>
/// The type of a change order (its CoTypeCode and CoType). The three batch kinds also say what their order does to
/// each application once its batch succeeds, so the runner never needs to know which API created a batch order; a
/// single-application order carries a <see cref="ChangeOrderEffect"/> instead.
/// </summary>
internal sealed class ChangeOrderKind
{
    public static readonly ChangeOrderKind BatchStart = new("CoBatchStartApplication", "Batch Start Applications", StartApplication);

    public static readonly ChangeOrderKind BatchStop = new("CoBatchStopApplication", "Batch Stop Applications", StopApplication);

    /// <summary>
    /// A restart ends with the applications running on new instances, whatever they were before. The emulator does not
    /// refuse to restart a stopped application (SAE may answer Application.InvalidStatus): nothing in the module depends
    /// on that refusal.
    /// </summary>
    public static readonly ChangeOrderKind BatchRestart = new(
        "CoRestartApplication",
        "Batch Restart Applications",
        (world, app, batch) => world.Fleet.Recreate(app, app.CurrentVersion, batch.PipelineId, batch.EndsAt, run: true));

    /// <summary>StartApplication: a batch start of one application, under the code SAE gives a single start.</summary>
    public static readonly ChangeOrderKind Start = new("CoStart", "Start Application", StartApplication);

    /// <summary>StopApplication: a batch stop of one application, under the code SAE gives a single stop.</summary>
    public static readonly ChangeOrderKind Stop = new("CoStop", "Stop Application", StopApplication);

    public static readonly ChangeOrderKind Deploy = new("CoDeploy", "Deploy Application", supportsRollback: true);

    public static readonly ChangeOrderKind Rollback = new("CoRollback", "Rollback Application", supportsRollback: true);

    public static readonly ChangeOrderKind ScaleOut = new("CoScaleOut", "Scale Out Application");

    public static readonly ChangeOrderKind ScaleIn = new("CoScaleIn", "Scale In Application");

    public static readonly ChangeOrderKind RescaleVertically = new("CoRescaleApplicationVertically", "Rescale Application Vertically");

    /// <summary>CoType as the SDK's DescribeChangeOrder example spells it.</summary>
    public static readonly ChangeOrderKind RestartInstances = new("CoRestartInstances", "Batch Restart Instances");

    public static readonly ChangeOrderKind DeleteInstances = new("CoDeleteInstances", "Batch Delete Instances");

    public static readonly ChangeOrderKind DeleteApp = new("CoDeleteApp", "Delete Application");

    public static readonly ChangeOrderKind CreateApp = new("CoCreateApp", "Create Application");

    public static readonly ChangeOrderKind BindSlb = new("CoBindSlb", "Bind SLB");

    public static readonly ChangeOrderKind UnbindSlb = new("CoUnbindSlb", "Unbind SLB");

    public static readonly ChangeOrderKind BindNlb = new("CoBindNlb", "Bind NLB");

    public static readonly ChangeOrderKind UnbindNlb = new("CoUnbindNlb", "Unbind NLB");

    /// <summary>CreateJob's order: it names the job and holds no application (SAE documents no code for it).</summary>
    public static readonly ChangeOrderKind CreateJob = new("CoCreateJob", "Create Job") { IsJob = true };

    /// <summary>UpdateJob's order, as CreateJob's.</summary>
    public static readonly ChangeOrderKind UpdateJob = new("CoUpdateJob", "Update Job") { IsJob = true };

    /// <summary>Every kind, so a saved change order can be read back by its CoTypeCode.</summary>
    public static readonly IReadOnlyList<ChangeOrderKind> All =
        [BatchStart, BatchStop, BatchRestart, Start, Stop, Deploy, Rollback, ScaleOut, ScaleIn, RescaleVertically, RestartInstances, DeleteInstances, DeleteApp, CreateApp, BindSlb, UnbindSlb, BindNlb, UnbindNlb, CreateJob, UpdateJob];

    private readonly Action<WorldState, SaeApplication, ChangeOrderBatch>? _onApplicationSucceeded;

    private ChangeOrderKind(string coTypeCode, string coType, Action<WorldState, SaeApplication, ChangeOrderBatch>? onApplicationSucceeded = null, bool supportsRollback = false)
    {
        CoTypeCode = coTypeCode;
        CoType = coType;
        _onApplicationSucceeded = onApplicationSucceeded;
        SupportsRollback = supportsRollback;
    }

    public string CoTypeCode { get; }

    /// <summary>The human-readable type SAE shows next to the code.</summary>
    public string CoType { get; }

    /// <summary>DescribeChangeOrder's SupportRollback: a deploy or a rollback can be undone by AbortAndRollbackChangeOrder.</summary>
    public bool SupportsRollback { get; }

    /// <summary>An order of a job template (CreateJob, UpdateJob): no effect, no application held.</summary>
    public bool IsJob { get; private init; }

    /// <summary>A batch start, stop or restart: an order over applications of one namespace (ListNamespaceChangeOrders lists start and stop).</summary>
    public bool IsBatch => _onApplicationSucceeded is not null;

    /// <summary>The kind with this CoTypeCode (ordinal), or null.</summary>
    public static ChangeOrderKind? FromCode(string? coTypeCode) => All.FirstOrDefault(k => k.CoTypeCode == coTypeCode);

    /// <summary>What a start (batch or single) does to an application whose batch succeeded: it runs all its instances.</summary>
    private static void StartApplication(WorldState world, SaeApplication app, ChangeOrderBatch batch) => world.Fleet.Run(app, batch.PipelineId, batch.EndsAt);

    /// <summary>What a stop (batch or single) does: the application stops and its instances go.</summary>
    private static void StopApplication(WorldState world, SaeApplication app, ChangeOrderBatch batch) => world.Fleet.Stop(app, batch.EndsAt);

    /// <summary>What a batch order does to one application of a batch that succeeded.</summary>
    public void ApplySuccess(WorldState world, SaeApplication app, ChangeOrderBatch batch) =>
        (_onApplicationSucceeded ?? throw new InvalidOperationException($"{CoTypeCode} is not a batch kind."))(world, app, batch);
}
