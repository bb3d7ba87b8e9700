namespace SaePowerShell.Emulator.World;

/// <summary>RescaleApplication: the configured instances become <paramref name="replicas"/>; a running application gains or loses instances, the newest first.</summary>
internal sealed class Rescale(int replicas) : ChangeOrderEffect
{
    public int Replicas => replicas;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        app.Settings = app.Settings with { Replicas = replicas };
        if (app.Status == SaeApplication.Running)
        {
            world.Fleet.Scale(app, replicas, app.CurrentVersion, batch.PipelineId, batch.EndsAt);
        }
    }
}

/// <summary>RescaleApplicationVertically: new CPU and memory, and a running application's instances recreated with them.</summary>
internal sealed class VerticalRescale(int cpu, int memory) : ChangeOrderEffect
{
    public int Cpu => cpu;

    public int Memory => memory;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        app.Settings = app.Settings with { Cpu = cpu, Memory = memory };
        world.Fleet.Recreate(app, app.CurrentVersion, batch.PipelineId, batch.EndsAt, run: false);
    }
}

/// <summary>RestartInstances: each named instance's container restarts in place (same id, one more restart).</summary>
internal sealed class InstanceRestart(IReadOnlyList<string> instanceIds) : ChangeOrderEffect
{
    public IReadOnlyList<string> InstanceIds => instanceIds;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        foreach (SaeInstance instance in instanceIds.Select(app.FindInstance).OfType<SaeInstance>())
        {
            world.Fleet.Restart(app, instance, batch.EndsAt);
        }
    }
}

/// <summary>DeleteInstances: the named instances go, and as Kubernetes keeps the replica count, new ones replace them.</summary>
internal sealed class InstanceDeletion(IReadOnlyList<string> instanceIds) : ChangeOrderEffect
{
    public IReadOnlyList<string> InstanceIds => instanceIds;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        foreach (SaeInstance instance in instanceIds.Select(app.FindInstance).OfType<SaeInstance>())
        {
            world.Fleet.Kill(app, instance, batch.EndsAt);
        }

        if (app.Status == SaeApplication.Running)
        {
            world.Fleet.Scale(app, app.Instances, app.CurrentVersion, batch.PipelineId, batch.EndsAt);
        }
    }
}

/// <summary>DeleteApplication: when its one batch succeeds, the application is deleted, its instances with it.</summary>
internal sealed class ApplicationRemoval : ChangeOrderEffect
{
    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
    }

    public override void OrderSucceeded(WorldState world, SaeApplication app, DateTimeOffset at) => world.DeleteApplication(app, at);
}

/// <summary>
/// CreateApplication: when its one batch succeeds, an application that is to be deployed (Deploy, the default) with
/// replicas runs them on its first version; one with Deploy false or Replicas 0 stays stopped, with no instances.
/// </summary>
internal sealed class ApplicationCreation(bool deploy) : ChangeOrderEffect
{
    public bool Deploy => deploy;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        if (deploy && app.Instances > 0)
        {
            world.Fleet.Run(app, batch.PipelineId, batch.EndsAt);
        }
    }
}

/// <summary>
/// BindSlb, UnbindSlb, BindNlb, UnbindNlb: the binding is in the world from the call on (the answer's listeners say
/// Configuring while the order runs); the one-batch order only holds the application, as SAE's does, so nothing else
/// changes it meanwhile. Nothing happens to the instances.
/// </summary>
internal sealed class LoadBalancerChange : ChangeOrderEffect
{
    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
    }
}

/// <summary>
/// ReduceApplicationCapacityByInstanceIds: the named instances go and the application is configured for that many
/// fewer, so none replaces them.
/// </summary>
internal sealed class InstanceScaleIn(IReadOnlyList<string> instanceIds) : ChangeOrderEffect
{
    public IReadOnlyList<string> InstanceIds => instanceIds;

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        List<SaeInstance> going = instanceIds.Select(app.FindInstance).OfType<SaeInstance>().ToList();
        foreach (SaeInstance instance in going)
        {
            world.Fleet.Kill(app, instance, batch.EndsAt);
        }

        app.Settings = app.Settings with { Replicas = Math.Max(0, app.Settings.Replicas - going.Count) };
    }
}
