using System.Text.Json;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.State;

/// <summary>
/// Puts one <see cref="WorldSnapshot"/> back into a new <see cref="WorldState"/>, checking as it goes that the document
/// describes a world that can be (every id it refers to exists, every status and kind is one the emulator knows), so a
/// hand-edited or damaged file is a clear error, never a world that breaks on its first request.
/// </summary>
internal sealed class WorldRestorer(WorldSnapshot snapshot, DateTimeOffset now)
{
    private readonly TimeSpan _shift = now - snapshot.SavedAt;
    private readonly Dictionary<string, (SnapshotApplication Saved, SaeApplication App)> _apps = new(StringComparer.Ordinal);
    private readonly HashSet<string> _jobIds = new(StringComparer.Ordinal);

    public WorldState Run(int? delayOverrideMs, bool batchOrdersPerNamespace)
    {
        Require(snapshot.ChangeOrderDelayMs is >= 0 and <= int.MaxValue, "changeOrderDelayMs must be 0 or more");
        Require(snapshot.AddressesUsed >= 0 && snapshot.LastConfigMapId >= 0 && snapshot.LastSecretId >= 0, "addressesUsed, lastConfigMapId and lastSecretId must be 0 or more");
        var state = new WorldState(
            TimeSpan.FromMilliseconds(delayOverrideMs ?? snapshot.ChangeOrderDelayMs),
            now,
            batchOrdersPerNamespace || snapshot.BatchOrdersPerNamespace);

        foreach (SnapshotNamespace ns in snapshot.Namespaces)
        {
            Require(ns.NamespaceId.Length > 0 && state.FindNamespace(ns.NamespaceId) is null, $"the namespace id '{ns.NamespaceId}' is empty or given twice");
            Require(ns.Fault is null || SeedLoader.KnownFaults.Contains(ns.Fault), $"the namespace {ns.NamespaceId} has an unknown fault '{ns.Fault}'");
            state.AddNamespace(new SaeNamespace(ns.NamespaceId, ns.NamespaceName, ns.RegionId, ns.Fault)
            {
                Description = ns.Description ?? "",
                EnableMicroRegistration = ns.EnableMicroRegistration ?? true,
            });
        }

        foreach (SnapshotApplication saved in snapshot.Applications)
        {
            SaeApplication app = RestoreApplication(state, saved);
            state.AddApplication(app);
            _apps.Add(app.AppId, (saved, app));
        }

        foreach (SnapshotWebApplication web in snapshot.WebApplications)
        {
            Require(state.FindNamespace(web.NamespaceId) is not null, $"the web application {web.ApplicationId} is in the unknown namespace {web.NamespaceId}");
            state.AddWebApplication(new SaeWebApplication
            {
                ApplicationId = web.ApplicationId,
                ApplicationName = web.ApplicationName,
                NamespaceId = web.NamespaceId,
                Description = web.Description,
                CreatedAt = At(web.CreatedAt),
                LastModifiedAt = At(web.LastModifiedAt),
                Starts = web.Starts,
            });
        }

        foreach (SnapshotConfigMap map in snapshot.ConfigMaps)
        {
            Require(state.FindNamespace(map.NamespaceId) is not null, $"the config map {map.ConfigMapId} is in the unknown namespace {map.NamespaceId}");
            Require(map.ConfigMapId is > 0 && map.ConfigMapId <= snapshot.LastConfigMapId && state.FindConfigMap(map.ConfigMapId) is null,
                $"the config map id {map.ConfigMapId} is given twice, or is not between 1 and lastConfigMapId");
            Require(map.Data.ValueKind == System.Text.Json.JsonValueKind.Object, $"the config map {map.ConfigMapId}'s data is not a JSON object");
            state.AdoptConfigMap(new SaeConfigMap(map.ConfigMapId, map.Name, map.NamespaceId, map.Description, map.Data.Clone(), At(map.CreatedAt)) { UpdatedAt = At(map.UpdatedAt) });
        }

        state.LastConfigMapId = snapshot.LastConfigMapId;

        Require(snapshot.LastIngressId >= 0, "lastIngressId must be 0 or more");
        foreach (SaeIngress ingress in snapshot.Ingresses ?? [])
        {
            Require(state.FindNamespace(ingress.NamespaceId) is not null, $"the ingress {ingress.Id} is in the unknown namespace {ingress.NamespaceId}");
            Require(ingress.Id is > 0 && ingress.Id <= snapshot.LastIngressId && state.FindIngress(ingress.Id) is null,
                $"the ingress id {ingress.Id} is given twice, or is not between 1 and lastIngressId");
            Require(ingress.DefaultRule is not null && ingress.Rules is not null && ingress.Cors is not null && ingress.XForwardedFor is not null, $"the ingress {ingress.Id} lacks its rules or settings");
            state.Ingresses.Add(ingress with { CreatedAt = At(ingress.CreatedAt) });
        }

        state.LastIngressId = snapshot.LastIngressId;

        foreach ((SaeJob job, bool deleted) in (snapshot.Jobs ?? []).Select(j => (j, false)).Concat((snapshot.DeletedJobs ?? []).Select(j => (j, true))))
        {
            Require(state.FindNamespace(job.NamespaceId) is not null, $"the job {job.AppId} is in the unknown namespace {job.NamespaceId}");
            Require(job.AppId.Length > 0 && !_apps.ContainsKey(job.AppId) && _jobIds.Add(job.AppId), $"the job id '{job.AppId}' is empty, given twice or an application's");
            Require(job.Configuration is not null && job.Runs is not null, $"the job {job.AppId} lacks its configuration or runs");
            SaeJob restored = job with
            {
                CreatedAt = At(job.CreatedAt),
                Runs = job.Runs!.Select(r => r with { StartedAt = At(r.StartedAt), EndsAt = At(r.EndsAt) }).ToList(),
            };
            (deleted ? state.DeletedJobs : state.Jobs).Add(restored);
        }

        foreach (SnapshotSecret secret in snapshot.Secrets)
        {
            Require(state.FindNamespace(secret.NamespaceId) is not null, $"the secret {secret.SecretId} is in the unknown namespace {secret.NamespaceId}");
            Require(secret.SecretId is > 0 && secret.SecretId <= snapshot.LastSecretId && state.FindSecret(secret.SecretId) is null,
                $"the secret id {secret.SecretId} is given twice, or is not between 1 and lastSecretId");
            Require(secret.Data is { Count: > 0 }, $"the secret {secret.SecretId} has no data");
            state.AdoptSecret(new SaeSecret(secret.SecretId, secret.Name, secret.NamespaceId, secret.Type,
                new SortedDictionary<string, string>(secret.Data.ToDictionary(), StringComparer.Ordinal), At(secret.CreatedAt)) { UpdatedAt = At(secret.UpdatedAt) });
        }

        state.LastSecretId = snapshot.LastSecretId;

        foreach (SaeScalingRule rule in snapshot.ScalingRules)
        {
            Require(state.FindApplication(rule.AppId) is not null, $"the scaling rule {rule.Name} is on the unknown application {rule.AppId}");
            Require(state.FindScalingRule(rule.AppId, rule.Name) is null, $"the scaling rule {rule.Name} of {rule.AppId} is given twice");
            Require(rule.Timer is not null || rule.Metric is not null, $"the scaling rule {rule.Name} of {rule.AppId} has neither a timer nor a metric");
            state.AddScalingRule(rule with
            {
                CreatedAt = At(rule.CreatedAt),
                UpdatedAt = At(rule.UpdatedAt),
                LastDisabledAt = rule.LastDisabledAt is DateTimeOffset disabled ? At(disabled) : null,
            });
        }
        state.Fleet.AddressesUsed = snapshot.AddressesUsed;

        foreach (SnapshotChangeOrder saved in snapshot.ChangeOrders)
        {
            state.AdoptChangeOrder(RestoreChangeOrder(state, saved));
        }

        foreach ((SnapshotApplication saved, SaeApplication app) in _apps.Values)
        {
            LinkChangeOrders(state, saved, app);
            if (saved.Deleted)
            {
                Require(app.InstanceList.Count == 0, $"the deleted application {app.AppId} still has instances");
                state.DeleteApplication(app, state.Now);
            }
        }

        long sequence = 0;
        foreach (SnapshotEvent e in snapshot.Events)
        {
            Require(e.Sequence == ++sequence, $"the events are not numbered 1, 2, 3, … in order (event {sequence} has {e.Sequence})");
            state.Fleet.Adopt(new AppEvent(e.Sequence, e.AppId, e.NamespaceId, e.EventType, e.Reason, e.Message, e.ObjectKind, e.ObjectName, At(e.At)));
        }

        return state;
    }

    private SaeApplication RestoreApplication(WorldState state, SnapshotApplication saved)
    {
        string id = saved.AppId;
        Require(id.Length > 0 && !_apps.ContainsKey(id), $"the application id '{id}' is empty or given twice");
        Require(state.FindNamespace(saved.NamespaceId) is not null, $"the application {id} is in the unknown namespace {saved.NamespaceId}");
        Require(saved.Status is SaeApplication.Running or SaeApplication.Stopped, $"the application {id} has the unknown status '{saved.Status}'");
        Require(saved.ChangeOrderFault is null || ChangeOrderFault.FromName(saved.ChangeOrderFault) is not null,
            $"the application {id} has the unknown changeOrderFault '{saved.ChangeOrderFault}'");
        Require(saved.Settings.Replicas is >= 0 and <= SaeApplication.MaxInstances, $"the application {id} has {saved.Settings.Replicas} replicas (0 to {SaeApplication.MaxInstances})");
        Require(saved.Instances.Count <= SaeApplication.MaxInstances, $"the application {id} has more than {SaeApplication.MaxInstances} instances");

        var versions = new Dictionary<string, AppVersion>(StringComparer.Ordinal);
        foreach (SnapshotVersion v in saved.Versions)
        {
            Require(!versions.ContainsKey(v.Id), $"the application {id} has the version {v.Id} twice");
            versions.Add(v.Id, new AppVersion
            {
                Id = v.Id,
                Type = v.Type,
                CreatedAt = At(v.CreatedAt),
                PackageType = v.PackageType,
                ImageUrl = v.ImageUrl,
                PackageUrl = v.PackageUrl,
                PackageVersion = v.PackageVersion,
            });
        }

        var app = new SaeApplication
        {
            AppId = id,
            AppName = saved.AppName,
            NamespaceId = saved.NamespaceId,
            Description = saved.Description,
            GroupId = saved.GroupId,
            Settings = Settings(saved.Settings),
            CurrentVersion = Version(versions, saved.CurrentVersionId, id),
            Status = saved.Status,
            CreatedAt = At(saved.CreatedAt),
            ChangeOrderFault = ChangeOrderFault.FromName(saved.ChangeOrderFault),
        };
        app.Versions.AddRange(versions.Values);
        app.Tags.AddRange(saved.Tags.Select(t => new KeyValuePair<string, string>(t.Key, t.Value)));
        app.InternetSlb = Slb(saved.InternetSlb, id);
        app.IntranetSlb = Slb(saved.IntranetSlb, id);
        foreach (NlbBinding nlb in saved.Nlbs ?? [])
        {
            Require(nlb.NlbId?.Length > 0 && nlb.Listeners is { Count: > 0 } && app.Nlbs.All(n => n.NlbId != nlb.NlbId), $"the application {id} has an NLB without an id or listeners, or one twice");
            app.Nlbs.Add(nlb);
        }

        foreach (SnapshotInstance i in saved.Instances)
        {
            Require(i.InstanceId.Length > 0 && state.Fleet.Find(i.InstanceId) is null, $"the instance id '{i.InstanceId}' is empty or given twice");
            Require(i.ContainerStatus is SaeInstance.Running or SaeInstance.Pending, $"the instance {i.InstanceId} has the unknown status '{i.ContainerStatus}'");
            var instance = new SaeInstance
            {
                InstanceId = i.InstanceId,
                AppId = id,
                Version = Version(versions, i.VersionId, id),
                ContainerIp = i.ContainerIp,
                CreatedAt = At(i.CreatedAt),
                CreatedByPipelineId = i.CreatedByPipelineId,
                ContainerStatus = i.ContainerStatus,
                Restarts = i.Restarts,
                UpdatedAt = At(i.UpdatedAt),
            };
            instance.Log.AddRange(i.Log);
            instance.PreviousLog.AddRange(i.PreviousLog);
            state.Fleet.Adopt(app, instance);
        }

        foreach ((string code, IReadOnlyList<string> ids) in saved.Ledgers)
        {
            ChangeOrderKind kind = ChangeOrderKind.FromCode(code) ?? throw Damaged($"the application {id} has a ledger of the unknown CoTypeCode '{code}'");
            foreach (string changeOrderId in ids)
            {
                app.Record(kind, changeOrderId);
            }
        }

        return app;
    }

    private ChangeOrder RestoreChangeOrder(WorldState state, SnapshotChangeOrder saved)
    {
        string id = saved.ChangeOrderId;
        Require(id.Length > 0 && state.FindChangeOrder(id) is null, $"the change order id '{id}' is empty or given twice");
        ChangeOrderKind kind = ChangeOrderKind.FromCode(saved.CoTypeCode) ?? throw Damaged($"the change order {id} has the unknown CoTypeCode '{saved.CoTypeCode}'");
        Require(state.FindNamespace(saved.NamespaceId) is not null, $"the change order {id} is in the unknown namespace {saved.NamespaceId}");
        Require(saved.AppIds.Count > 0 && saved.AppIds.All(kind.IsJob ? _jobIds.Contains : _apps.ContainsKey), $"the change order {id} names no application (or job), or one that is not in the world");
        Require(saved.Batches.Count > 0, $"the change order {id} has no batches");
        Require(saved.StoppedAtBatch is null || saved.StoppedAtBatch < saved.Batches.Count, $"the change order {id} stopped at a batch it does not have");
        Require((kind.IsBatch || kind.IsJob) == (saved.Effect is null), $"the change order {id} is a {kind.CoTypeCode}, which {(kind.IsBatch || kind.IsJob ? "has no" : "needs an")} effect");

        var batches = new List<ChangeOrderBatch>(saved.Batches.Count);
        foreach (SnapshotBatch b in saved.Batches)
        {
            Require(state.FindPipeline(b.PipelineId).Order is null && batches.All(x => x.PipelineId != b.PipelineId), $"the pipeline id '{b.PipelineId}' is given twice");
            var batch = new ChangeOrderBatch
            {
                PipelineId = b.PipelineId,
                Index = batches.Count,
                AppIds = [.. b.AppIds],
                ParallelCount = b.ParallelCount,
                StartsAt = At(b.StartsAt),
                EndsAt = At(b.EndsAt),
                UpdatedAt = At(b.UpdatedAt),
            };
            batch.Restore(Status(b.Status, $"the batch {b.PipelineId}"), b.FailedAppId, b.ErrorMessage);
            batches.Add(batch);
        }

        var order = new ChangeOrder
        {
            ChangeOrderId = id,
            Kind = kind,
            NamespaceId = saved.NamespaceId,
            AppIds = [.. saved.AppIds],
            Batches = batches,
            CreatedAt = At(saved.CreatedAt),
            Version = saved.Version,
            Description = saved.Description,
            IsManual = saved.IsManual,
            BatchWaitTime = saved.BatchWaitTime,
            Effect = saved.Effect is null ? null : Effect(saved.Effect, _apps[saved.AppIds[0]].App, id),
            Status = Status(saved.Status, $"the change order {id}"),
            FinishedAt = saved.FinishedAt is { } finished ? At(finished) : null,
            ErrorMessage = saved.ErrorMessage,
            IsAbnormal = saved.IsAbnormal,
            WasAborted = saved.WasAborted,
        };
        order.StoppedAt = saved.StoppedAtBatch is int index ? batches[index] : null;
        return order;
    }

    private ChangeOrderEffect Effect(SnapshotEffect e, SaeApplication app, string orderId)
    {
        string what = $"the change order {orderId}'s {e.Kind} effect";
        switch (e.Kind)
        {
            case SnapshotEffect.VersionRolloutKind:
                Require(e is { TargetVersionId: not null, TargetSettings: not null, BeforeVersionId: not null, BeforeSettings: not null, CreatedInstanceIds: not null },
                    $"{what} lacks targetVersionId, targetSettings, beforeVersionId, beforeSettings or createdInstanceIds");
                Dictionary<string, AppVersion> versions = app.Versions.ToDictionary(v => v.Id, StringComparer.Ordinal);
                var rollout = new VersionRollout(
                    Version(versions, e.TargetVersionId!, app.AppId), Settings(e.TargetSettings!), Version(versions, e.BeforeVersionId!, app.AppId), Settings(e.BeforeSettings!));
                foreach (string instanceId in e.CreatedInstanceIds!)
                {
                    rollout.Adopt(instanceId);
                }

                return rollout;
            case SnapshotEffect.RescaleKind:
                return new Rescale(e.Replicas is >= 0 and <= SaeApplication.MaxInstances ? e.Replicas.Value : throw Damaged($"{what} needs replicas from 0 to {SaeApplication.MaxInstances}"));
            case SnapshotEffect.VerticalRescaleKind:
                Require(e is { Cpu: > 0, Memory: > 0 }, $"{what} needs cpu and memory above 0");
                return new VerticalRescale(e.Cpu!.Value, e.Memory!.Value);
            case SnapshotEffect.InstanceRestartKind:
                return new InstanceRestart(e.InstanceIds is { Count: > 0 } ids ? [.. ids] : throw Damaged($"{what} needs instanceIds"));
            case SnapshotEffect.ApplicationRemovalKind:
                return new ApplicationRemoval();
            case SnapshotEffect.LoadBalancerChangeKind:
                return new LoadBalancerChange();
            case SnapshotEffect.InstanceScaleInKind:
                return new InstanceScaleIn(e.InstanceIds is { Count: > 0 } going ? [.. going] : throw Damaged($"{what} needs instanceIds"));
            case SnapshotEffect.ApplicationCreationKind:
                return new ApplicationCreation(e.Deploy ?? throw Damaged($"{what} needs deploy"));
            case SnapshotEffect.InstanceDeletionKind:
                return new InstanceDeletion(e.InstanceIds is { Count: > 0 } deleted ? [.. deleted] : throw Damaged($"{what} needs instanceIds"));
            default:
                throw Damaged($"the change order {orderId} has the unknown effect kind '{e.Kind}'");
        }
    }

    private static void LinkChangeOrders(WorldState state, SnapshotApplication saved, SaeApplication app)
    {
        foreach (string id in saved.ChangeOrderIds)
        {
            app.ChangeOrders.Add(Order(state, id, app.AppId));
        }

        app.LastChangeOrder = saved.LastChangeOrderId is null ? null : Order(state, saved.LastChangeOrderId, app.AppId);
        app.HeldBy = saved.HeldByChangeOrderId is null ? null : Order(state, saved.HeldByChangeOrderId, app.AppId);
    }

    private static ChangeOrder Order(WorldState state, string id, string appId) =>
        state.FindChangeOrder(id) ?? throw Damaged($"the application {appId} refers to the change order {id}, which is not in the world");

    private static AppVersion Version(IReadOnlyDictionary<string, AppVersion> versions, string versionId, string appId) =>
        versions.GetValueOrDefault(versionId) ?? throw Damaged($"the application {appId} has no version {versionId}");

    private static ChangeOrderStatus Status(int value, string what) =>
        Enum.IsDefined((ChangeOrderStatus)value) ? (ChangeOrderStatus)value : throw Damaged($"{what} has the unknown status {value}");

    private static AppSettings Settings(SnapshotSettings s) => new()
    {
        Replicas = s.Replicas,
        Cpu = s.Cpu,
        Memory = s.Memory,
        Envs = s.Envs,
        Timezone = s.Timezone,
        MinReadyInstances = s.MinReadyInstances,
        MinReadyInstanceRatio = s.MinReadyInstanceRatio,
        BatchWaitTime = s.BatchWaitTime,
        UpdateStrategy = s.UpdateStrategy,

        // A state file written before the configuration was kept has none: every field answers its default.
        Configuration = s.Configuration is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            : s.Configuration.Where(c => ApplicationConfiguration.Keeps(c.Key)).ToDictionary(c => c.Key, c => c.Value.Clone(), StringComparer.Ordinal),
    };

    private DateTimeOffset At(DateTimeOffset saved) => saved + _shift;

    /// <summary>A bound CLB as saved, its listeners' times moved as every other time.</summary>
    private SlbBinding? Slb(SlbBinding? saved, string appId)
    {
        if (saved is null)
        {
            return null;
        }

        Require(saved.SlbId?.Length > 0 && saved.Listeners is { Count: > 0 }, $"the application {appId} has an SLB without an id or listeners");
        return saved with { Listeners = saved.Listeners.Select(l => l with { CreatedAt = At(l.CreatedAt) }).ToList() };
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw Damaged(problem);
        }
    }

    private static WorldSnapshotException Damaged(string problem) => new($"does not describe a possible world: {problem}.");
}
