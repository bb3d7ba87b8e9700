using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// RollbackApplication: a CoRollback change order that brings back one of the application's versions (VersionId, from
/// ListAppVersions) batch by batch, as a deploy would; on success it is the current version again.
/// </summary>
internal sealed partial class RollbackApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeApplication app = ApplicationCall.Find(call);
        string versionId = call.Required("VersionId");
        AppVersion version = app.FindVersion(versionId)
            ?? throw new SaeException(SaeErrors.WithMessage("VersionId", $"the application {app.AppId} has no version {versionId}."));
        AppSettings settings = ApplicationCall.MinReady(call, app.Settings);
        RolloutPlan plan = RolloutPlan.Read(call, settings.Replicas);
        settings = settings with { BatchWaitTime = plan.BatchWaitSeconds, UpdateStrategy = plan.Strategy };
        ApplicationCall.EnsureFree(app);

        var effect = new VersionRollout(version, settings, app.CurrentVersion, app.Settings);
        ChangeOrder order = world.CreateApplicationOrder(ChangeOrderKind.Rollback, app, effect, plan.BatchSizes, plan.Manual, plan.BatchWaitSeconds);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId, IsNeedApproval = false });
    }
}
