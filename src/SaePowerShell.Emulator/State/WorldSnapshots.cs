using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.State;

/// <summary>
/// Turns a <see cref="WorldState"/> into a <see cref="WorldSnapshot"/> and back. A restored world is the same world:
/// the same ids, objects related as they were (an instance's version, a change order's batches and effect, an
/// application's ledgers and the orders holding it), the same counters. Its clock stood still while it was saved:
/// every time in it moves by the time between <see cref="WorldSnapshot.SavedAt"/> and the restore, so a change order
/// that had 400 ms to go still has 400 ms to go, and everything keeps its age.
/// </summary>
internal static class WorldSnapshots
{
    /// <summary>camelCase; strict on the way in (unknown members, missing required ones and nulls where none belong are errors); indented on the way out, for people.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
    };

    public static string Serialize(WorldSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    /// <summary>
    /// Reads a snapshot, first its format and version (so a newer file says so instead of failing on a member this
    /// emulator does not know), then the whole document. <paramref name="source"/> names it in every message.
    /// </summary>
    /// <exception cref="WorldSnapshotException">Not JSON, not a world, a newer format, or a malformed document.</exception>
    public static WorldSnapshot Parse(string json, string source)
    {
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new WorldSnapshotException($"{source} is not JSON (damaged or cut short?): {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String || format.GetString() != WorldSnapshot.FormatName)
        {
            throw new WorldSnapshotException($"{source} is not an emulator world: it has no \"format\": \"{WorldSnapshot.FormatName}\".");
        }

        if (!root.TryGetProperty("formatVersion", out JsonElement version) || !version.TryGetInt32(out int formatVersion) || formatVersion < 1)
        {
            throw new WorldSnapshotException($"{source} has no valid formatVersion (a whole number from 1).");
        }

        if (formatVersion > WorldSnapshot.CurrentFormatVersion)
        {
            throw new WorldSnapshotException(
                $"{source} has format version {formatVersion}, written by a newer emulator; this one reads version {WorldSnapshot.CurrentFormatVersion}. Use that emulator, or start without it.");
        }

        try
        {
            return root.Deserialize<WorldSnapshot>(Json) ?? throw new WorldSnapshotException($"{source} is empty (null).");
        }
        catch (JsonException e)
        {
            throw new WorldSnapshotException($"{source} is not a valid emulator world: {e.Message}");
        }
    }

    /// <summary>The world as it is now; <see cref="WorldSnapshot.SavedAt"/> is its clock reading.</summary>
    public static WorldSnapshot Capture(WorldState state) => new()
    {
        SavedAt = state.Now,
        ChangeOrderDelayMs = (long)state.ChangeOrderDelay.TotalMilliseconds,
        BatchOrdersPerNamespace = state.BatchOrdersPerNamespace,
        LastConfigMapId = state.LastConfigMapId,
        LastSecretId = state.LastSecretId,
        LastIngressId = state.LastIngressId,
        Ingresses = [.. state.Ingresses],
        Jobs = [.. state.Jobs],
        DeletedJobs = [.. state.DeletedJobs],
        AddressesUsed = state.Fleet.AddressesUsed,
        Namespaces = state.Namespaces.Select(n => new SnapshotNamespace(n.NamespaceId, n.NamespaceName, n.RegionId, n.Fault, n.Description, n.EnableMicroRegistration)).ToList(),
        Applications = state.Applications.Select(a => CaptureApplication(a, deleted: false)).Concat(state.DeletedApplications.Select(a => CaptureApplication(a, deleted: true))).ToList(),
        WebApplications = state.WebApplications
            .Select(w => new SnapshotWebApplication(w.ApplicationId, w.ApplicationName, w.NamespaceId, w.Description, w.CreatedAt, w.LastModifiedAt, w.Starts))
            .ToList(),
        ConfigMaps = state.ConfigMaps
            .Select(c => new SnapshotConfigMap(c.ConfigMapId, c.Name, c.NamespaceId, c.Description, c.Data, c.CreatedAt, c.UpdatedAt))
            .ToList(),
        Secrets = state.Secrets
            .Select(s => new SnapshotSecret(s.SecretId, s.Name, s.NamespaceId, s.Type, s.Data, s.CreatedAt, s.UpdatedAt))
            .ToList(),
        ScalingRules = state.ScalingRules.ToList(),
        ChangeOrders = state.ChangeOrders.Select(CaptureChangeOrder).ToList(),
        Events = state.Fleet.Events
            .Select(e => new SnapshotEvent(e.Sequence, e.AppId, e.NamespaceId, e.EventType, e.Reason, e.Message, e.ObjectKind, e.ObjectName, e.At))
            .ToList(),
    };

    /// <summary>
    /// The world of <paramref name="snapshot"/> as of <paramref name="now"/>. The command line's change order delay
    /// and <c>--batch-orders-per-namespace</c>, when given, win over the snapshot's, as they win over a seed's.
    /// </summary>
    /// <exception cref="WorldSnapshotException">The document does not describe a possible world (a dangling id, an unknown status…).</exception>
    public static WorldState Restore(WorldSnapshot snapshot, string source, DateTimeOffset now, int? delayOverrideMs, bool batchOrdersPerNamespace)
    {
        try
        {
            return new WorldRestorer(snapshot, now).Run(delayOverrideMs, batchOrdersPerNamespace);
        }
        catch (WorldSnapshotException e)
        {
            throw new WorldSnapshotException($"{source} {e.Message}");
        }
        catch (ArgumentOutOfRangeException)
        {
            // A time so far from savedAt that moving it to now leaves the calendar.
            throw new WorldSnapshotException($"{source} does not describe a possible world: one of its times is out of range.");
        }
    }

    private static SnapshotApplication CaptureApplication(SaeApplication app, bool deleted) => new()
    {
        AppId = app.AppId,
        AppName = app.AppName,
        NamespaceId = app.NamespaceId,
        Description = app.Description,
        GroupId = app.GroupId,
        Settings = CaptureSettings(app.Settings),
        Versions = app.Versions.Select(v => new SnapshotVersion(v.Id, v.Type, v.CreatedAt, v.PackageType, v.ImageUrl, v.PackageUrl, v.PackageVersion)).ToList(),
        CurrentVersionId = app.CurrentVersion.Id,
        Status = app.Status,
        CreatedAt = app.CreatedAt,
        ChangeOrderFault = app.ChangeOrderFault?.Name,
        Tags = app.Tags.Select(t => new SnapshotTag(t.Key, t.Value)).ToList(),
        InternetSlb = app.InternetSlb,
        IntranetSlb = app.IntranetSlb,
        Nlbs = [.. app.Nlbs],
        Deleted = deleted,
        Instances = app.InstanceList.Select(i => new SnapshotInstance
        {
            InstanceId = i.InstanceId,
            VersionId = i.Version.Id,
            ContainerIp = i.ContainerIp,
            CreatedAt = i.CreatedAt,
            CreatedByPipelineId = i.CreatedByPipelineId,
            ContainerStatus = i.ContainerStatus,
            Restarts = i.Restarts,
            UpdatedAt = i.UpdatedAt,
            Log = [.. i.Log],
            PreviousLog = [.. i.PreviousLog],
        }).ToList(),
        ChangeOrderIds = app.ChangeOrders.Select(o => o.ChangeOrderId).ToList(),
        LastChangeOrderId = app.LastChangeOrder?.ChangeOrderId,
        HeldByChangeOrderId = app.HeldBy?.ChangeOrderId,
        Ledgers = app.Ledgers.ToDictionary(l => l.Key.CoTypeCode, l => (IReadOnlyList<string>)[.. l.Value], StringComparer.Ordinal),
    };

    private static SnapshotSettings CaptureSettings(AppSettings s) =>
        new(s.Replicas, s.Cpu, s.Memory, s.Envs, s.Timezone, s.MinReadyInstances, s.MinReadyInstanceRatio, s.BatchWaitTime, s.UpdateStrategy, s.Configuration);

    private static SnapshotChangeOrder CaptureChangeOrder(ChangeOrder order) => new()
    {
        ChangeOrderId = order.ChangeOrderId,
        CoTypeCode = order.Kind.CoTypeCode,
        NamespaceId = order.NamespaceId,
        AppIds = [.. order.AppIds],
        CreatedAt = order.CreatedAt,
        Version = order.Version,
        Description = order.Description,
        IsManual = order.IsManual,
        BatchWaitTime = order.BatchWaitTime,
        Effect = CaptureEffect(order.Effect),
        Status = (int)order.Status,
        FinishedAt = order.FinishedAt,
        ErrorMessage = order.ErrorMessage,
        IsAbnormal = order.IsAbnormal,
        WasAborted = order.WasAborted,
        StoppedAtBatch = order.StoppedAt?.Index,
        Batches = order.Batches.Select(b => new SnapshotBatch
        {
            PipelineId = b.PipelineId,
            AppIds = [.. b.AppIds],
            ParallelCount = b.ParallelCount,
            StartsAt = b.StartsAt,
            EndsAt = b.EndsAt,
            Status = (int)b.Status,
            UpdatedAt = b.UpdatedAt,
            FailedAppId = b.FailedAppId,
            ErrorMessage = b.ErrorMessage,
        }).ToList(),
    };

    private static SnapshotEffect? CaptureEffect(ChangeOrderEffect? effect) => effect switch
    {
        null => null,
        VersionRollout r => new SnapshotEffect
        {
            Kind = SnapshotEffect.VersionRolloutKind,
            TargetVersionId = r.Target.Id,
            TargetSettings = CaptureSettings(r.TargetSettings),
            BeforeVersionId = r.Before.Id,
            BeforeSettings = CaptureSettings(r.BeforeSettings),
            CreatedInstanceIds = [.. r.Created],
        },
        Rescale r => new SnapshotEffect { Kind = SnapshotEffect.RescaleKind, Replicas = r.Replicas },
        VerticalRescale v => new SnapshotEffect { Kind = SnapshotEffect.VerticalRescaleKind, Cpu = v.Cpu, Memory = v.Memory },
        InstanceRestart r => new SnapshotEffect { Kind = SnapshotEffect.InstanceRestartKind, InstanceIds = [.. r.InstanceIds] },
        InstanceDeletion d => new SnapshotEffect { Kind = SnapshotEffect.InstanceDeletionKind, InstanceIds = [.. d.InstanceIds] },
        ApplicationRemoval => new SnapshotEffect { Kind = SnapshotEffect.ApplicationRemovalKind },
        LoadBalancerChange => new SnapshotEffect { Kind = SnapshotEffect.LoadBalancerChangeKind },
        InstanceScaleIn s => new SnapshotEffect { Kind = SnapshotEffect.InstanceScaleInKind, InstanceIds = [.. s.InstanceIds] },
        ApplicationCreation c => new SnapshotEffect { Kind = SnapshotEffect.ApplicationCreationKind, Deploy = c.Deploy },
        _ => throw new InvalidOperationException($"A change order effect of type {effect.GetType().Name} cannot be saved; teach WorldSnapshots about it."),
    };
}
