namespace SaePowerShell.Emulator.World;

/// <summary>
/// What a single-application change order does: to the application's instances as each batch succeeds, to the
/// application when the whole order succeeds, and, for the kinds that can be undone, when it is aborted and rolled back.
/// Times passed in are when it happens (the batch's end, the abort), not when the world noticed.
/// </summary>
internal abstract class ChangeOrderEffect
{
    public abstract void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast);

    public virtual void OrderSucceeded(WorldState world, SaeApplication app, DateTimeOffset at)
    {
    }

    /// <summary>AbortAndRollbackChangeOrder after the abort; only a deploy or a rollback has anything to undo.</summary>
    public virtual void RollBack(WorldState world, SaeApplication app, DateTimeOffset at)
    {
    }
}

/// <summary>
/// A deploy or a rollback: batch by batch, instances of the application's old version are replaced by instances of
/// <see cref="Target"/> (a stopped application has none to replace), and when the order succeeds the target becomes
/// the current version and <see cref="TargetSettings"/> the configuration.
/// </summary>
internal sealed class VersionRollout(AppVersion target, AppSettings targetSettings, AppVersion before, AppSettings beforeSettings) : ChangeOrderEffect
{
    // By id, not by object: a saved world keeps ids, and an instance this rollout launched may be gone by then.
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);

    public AppVersion Target { get; } = target;

    public AppSettings TargetSettings { get; } = targetSettings;

    /// <summary>The version and configuration an AbortAndRollbackChangeOrder puts back.</summary>
    public AppVersion Before { get; } = before;

    public AppSettings BeforeSettings { get; } = beforeSettings;

    /// <summary>The ids of the instances this rollout launched so far, which later batches do not replace again.</summary>
    public IReadOnlyCollection<string> Created => _created;

    /// <summary>A rollout read back from a saved world: an instance it had launched, as it was.</summary>
    public void Adopt(string instanceId) => _created.Add(instanceId);

    public override void BatchSucceeded(WorldState world, SaeApplication app, ChangeOrderBatch batch, bool isLast)
    {
        if (app.Status != SaeApplication.Running)
        {
            return;
        }

        List<SaeInstance> old = app.InstanceList.Where(i => !_created.Contains(i.InstanceId)).ToList();
        int replaced = isLast ? old.Count : Math.Min(batch.ParallelCount, old.Count);
        int launched = isLast ? Math.Max(0, TargetSettings.Replicas - _created.Count) : batch.ParallelCount;
        foreach (SaeInstance instance in old.Take(replaced))
        {
            world.Fleet.Kill(app, instance, batch.EndsAt);
        }

        for (int i = 0; i < launched; i++)
        {
            _created.Add(world.Fleet.Launch(app, Target, batch.PipelineId, batch.EndsAt).InstanceId);
        }

        world.Fleet.Deployment(app, "ScalingReplicaSet", $"Scaled up replica set {app.AppName}-{Target.ReplicaSetHash} to {_created.Count}", batch.EndsAt);
    }

    public override void OrderSucceeded(WorldState world, SaeApplication app, DateTimeOffset at)
    {
        app.CurrentVersion = Target;
        app.Settings = TargetSettings;
    }

    /// <summary>The version and configuration from before the order back, and every instance new on the old image.</summary>
    public override void RollBack(WorldState world, SaeApplication app, DateTimeOffset at)
    {
        app.CurrentVersion = Before;
        app.Settings = BeforeSettings;
        world.Fleet.Recreate(app, Before, null, at, run: false);
    }
}
