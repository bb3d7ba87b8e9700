using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DeployApplication: a new version at once, and a CoDeploy change order that replaces the application's instances
/// with instances of it batch by batch (<see cref="RolloutPlan"/>); when the order succeeds the version is current and
/// the deploy's configuration (Replicas, Cpu, Memory, Envs, Timezone, MinReady*, BatchWaitTime, and every parameter
/// DescribeApplicationConfig answers, <see cref="ApplicationConfiguration"/>) applies: what the deploy gives changes,
/// the rest is kept. A stopped application has no instances to replace and stays stopped.
/// </summary>
internal sealed partial class DeployApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeApplication app = ApplicationCall.Find(call);
        AppVersion version = DeployedVersion.Read(call, app, world.Now);
        AppSettings settings = ApplicationCall.MinReady(call, app.Settings) with
        {
            Replicas = ApplicationCall.Replicas(call, "Replicas", app.Instances),
            Cpu = Positive(call, "Cpu", app.Cpu),
            Memory = Positive(call, "Memory", app.Mem),
            Envs = call.Optional("Envs") ?? app.Settings.Envs,
            Timezone = string.IsNullOrWhiteSpace(call.Optional("Timezone")) ? app.Settings.Timezone : call.Optional("Timezone")!,
            Configuration = ApplicationConfiguration.Read(call, Name, app.Settings.Configuration),
        };
        RolloutPlan plan = RolloutPlan.Read(call, settings.Replicas);
        settings = settings with { BatchWaitTime = plan.BatchWaitSeconds, UpdateStrategy = plan.Strategy };
        ApplicationCall.EnsureFree(app);

        app.Versions.Add(version);
        var effect = new VersionRollout(version, settings, app.CurrentVersion, app.Settings);
        ChangeOrder order = world.CreateApplicationOrder(ChangeOrderKind.Deploy, app, effect, plan.BatchSizes, plan.Manual, plan.BatchWaitSeconds, call.Optional("ChangeOrderDesc"));
        return Answer(new() { AppId = app.AppId, ChangeOrderId = order.ChangeOrderId, IsNeedApproval = false });
    }

    /// <summary>CPU (millicores) and memory (MB): the SDK says neither can be 0, and a negative one is no better.</summary>
    internal static int Positive(SaeCall call, string name, int current) => call.OptionalInt(name, current, 1, int.MaxValue);
}
