using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// The in-memory SAE account: namespaces, applications (with their versions and instances) and change orders, each in
/// seed (creation) order so listings are stable. Not thread-safe by itself; <see cref="SaeWorld"/> hands it out only
/// under its lock.
/// </summary>
internal sealed class WorldState
{
    private readonly List<SaeNamespace> _namespaces = [];
    private readonly Dictionary<string, SaeNamespace> _namespacesById = new(StringComparer.Ordinal);
    private readonly List<SaeApplication> _applications = [];
    private readonly Dictionary<string, SaeApplication> _applicationsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SaeApplication>> _applicationsByNamespace = new(StringComparer.Ordinal);

    // Deleted ones are found by no API, but kept: their change orders and events name them, in a snapshot too.
    private readonly List<SaeApplication> _deletedApplications = [];
    private readonly List<SaeWebApplication> _webApplications = [];
    private readonly List<SaeConfigMap> _configMaps = [];
    private long _lastConfigMapId;
    private readonly List<SaeSecret> _secrets = [];
    private readonly List<SaeScalingRule> _scalingRules = [];
    private readonly List<ChangeOrder> _changeOrders = [];
    private readonly Dictionary<string, ChangeOrder> _changeOrdersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ChangeOrder Order, ChangeOrderBatch Batch)> _pipelinesById = new(StringComparer.Ordinal);

    // Only these need moving along; finished orders never change again, so a long run does not make every request slower.
    private readonly List<ChangeOrder> _activeChangeOrders = [];

    /// <summary>An empty world: a saved one is put back into it piece by piece (<see cref="State.WorldSnapshots"/>).</summary>
    public WorldState(TimeSpan changeOrderDelay, DateTimeOffset now, bool batchOrdersPerNamespace)
    {
        ChangeOrderDelay = changeOrderDelay;
        BatchOrdersPerNamespace = batchOrdersPerNamespace;
        Now = now;
    }

    public WorldState(SeedDocument seed, TimeSpan changeOrderDelay, DateTimeOffset now, bool batchOrdersPerNamespace = false)
        : this(changeOrderDelay, now, batchOrdersPerNamespace)
    {
        foreach (SeedNamespace ns in seed.Namespaces)
        {
            AddNamespace(new SaeNamespace(ns.NamespaceId, ns.NamespaceName ?? ns.NamespaceId, ns.RegionId ?? ns.NamespaceId.Split(':')[0], ns.Fault));
        }

        foreach (SeedApplication app in seed.Applications)
        {
            AddApplication(ApplicationSeeding.Create(app, Fleet, now));
        }

        foreach (SeedJob job in seed.Jobs ?? [])
        {
            Jobs.Add(SeededJob(job, now));
        }

        foreach (SeedWebApplication app in seed.WebApplications ?? [])
        {
            AddWebApplication(new SaeWebApplication
            {
                ApplicationId = app.ApplicationId,
                ApplicationName = app.ApplicationName,
                NamespaceId = app.NamespaceId,
                Description = app.Description ?? "",
                CreatedAt = now,
                LastModifiedAt = now,
            });
        }
    }

    /// <summary>The last config map id handed out; the next one is one more.</summary>
    public long LastConfigMapId
    {
        get => _lastConfigMapId;
        set => _lastConfigMapId = value;
    }

    /// <summary>The last secret id handed out; the next one is one more.</summary>
    public long LastSecretId { get; set; }

    public TimeSpan ChangeOrderDelay { get; }

    /// <summary>
    /// Whether batch change orders belong to their namespace only (<c>--batch-orders-per-namespace</c>, the seed's
    /// <c>batchOrdersPerNamespace</c>): then an application's DescribeApplicationStatus and ListChangeOrders do not
    /// show them, as SAE keeps some batch orders at namespace level. They still hold the application while they run.
    /// Single-application orders are always the application's own.
    /// </summary>
    public bool BatchOrdersPerNamespace { get; }

    /// <summary>The clock reading for the current transaction: every timestamp written during it is this one.</summary>
    public DateTimeOffset Now { get; internal set; }

    /// <summary>Every instance, its log and the events it left.</summary>
    public InstanceFleet Fleet { get; } = new();

    public IReadOnlyList<SaeNamespace> Namespaces => _namespaces;

    public IReadOnlyList<SaeApplication> Applications => _applications;

    /// <summary>The deleted applications, in the order they went: what a snapshot keeps besides, since their change orders name them.</summary>
    public IReadOnlyList<SaeApplication> DeletedApplications => _deletedApplications;

    public IReadOnlyList<ChangeOrder> ChangeOrders => _changeOrders;

    public IReadOnlyList<SaeWebApplication> WebApplications => _webApplications;

    public IReadOnlyList<SaeConfigMap> ConfigMaps => _configMaps;

    /// <summary>The v2 web application with this id in this namespace; one in another namespace is not found, as in SAE.</summary>
    public SaeWebApplication? FindWebApplication(string applicationId, string namespaceId) =>
        _webApplications.FirstOrDefault(a => a.ApplicationId == applicationId && a.NamespaceId == namespaceId);

    public SaeConfigMap? FindConfigMap(long configMapId) => _configMaps.FirstOrDefault(c => c.ConfigMapId == configMapId);

    /// <summary>Adds a config map under the next id: SAE's ids are small sequential longs, and so are these, from 1, never reused.</summary>
    public SaeConfigMap AddConfigMap(string name, string namespaceId, string description, System.Text.Json.JsonElement data)
    {
        var map = new SaeConfigMap(++_lastConfigMapId, name, namespaceId, description, data, Now);
        _configMaps.Add(map);
        return map;
    }

    /// <summary>UpdateConfigMap: the data replaced whole, the description only when one is given.</summary>
    public SaeConfigMap UpdateConfigMap(SaeConfigMap map, string? description, System.Text.Json.JsonElement data)
    {
        SaeConfigMap updated = map with { Data = data, Description = description ?? map.Description, UpdatedAt = Now };
        _configMaps[_configMaps.IndexOf(map)] = updated;
        return updated;
    }

    public void RemoveConfigMap(SaeConfigMap map) => _configMaps.Remove(map);

    /// <summary>The ingresses (CreateIngress), oldest first; an id is never reused (<see cref="LastIngressId"/>).</summary>
    public List<SaeIngress> Ingresses { get; } = [];

    public long LastIngressId { get; set; }

    public SaeIngress? FindIngress(long ingressId) => Ingresses.FirstOrDefault(i => i.Id == ingressId);

    /// <summary>The job templates (CreateJob), oldest first; ListJobs, not ListApplications, finds them.</summary>
    public List<SaeJob> Jobs { get; } = [];

    public SaeJob? FindJob(string appId) => Jobs.FirstOrDefault(j => j.AppId == appId);

    private static SaeJob SeededJob(SeedJob job, DateTimeOffset now)
    {
        var configuration = new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal)
        {
            ["ImageUrl"] = System.Text.Json.JsonSerializer.SerializeToElement(job.ImageUrl ?? ApplicationSeeding.DefaultImageUrl(job.AppName)),
        };
        foreach ((string name, string? value) in new[] { ("Command", job.Command), ("CommandArgs", job.CommandArgs), ("TriggerConfig", job.TriggerConfig) })
        {
            if (value is not null)
            {
                configuration[name] = System.Text.Json.JsonSerializer.SerializeToElement(value);
            }
        }

        return new SaeJob
        {
            AppId = job.AppId,
            AppName = job.AppName,
            NamespaceId = job.NamespaceId,
            Description = job.Description ?? "",
            PackageType = "Image",
            Replicas = job.Replicas ?? 1,
            Cpu = 500,
            Memory = 1024,
            Suspend = false,
            Configuration = configuration,
            Runs = [],
            LastChangeOrderId = "",
            CreatedAt = now,
        };
    }

    /// <summary>Deleted job templates, found by no API but kept: their change orders name them, in a snapshot too.</summary>
    public List<SaeJob> DeletedJobs { get; } = [];

    /// <summary>DeleteJob: the template and its history go; no API finds it again.</summary>
    public void DeleteJob(SaeJob job)
    {
        Jobs.Remove(job);
        DeletedJobs.Add(job with { Runs = [] });
    }

    /// <summary>A job replaced in its place, so listings keep their order.</summary>
    public void ReplaceJob(SaeJob job, SaeJob updated) => Jobs[Jobs.IndexOf(job)] = updated;

    /// <summary>
    /// A one-batch change order of a job (CreateJob, UpdateJob): it names the job and holds no application; the job
    /// has its new settings already, so the order only reports the change.
    /// </summary>
    public ChangeOrder CreateJobOrder(ChangeOrderKind kind, string jobId, string namespaceId) =>
        Add(new ChangeOrder
        {
            ChangeOrderId = Guid.NewGuid().ToString("D"),
            Kind = kind,
            NamespaceId = namespaceId,
            AppIds = [jobId],
            Batches = ChangeOrder.PlanBatches([jobId], Now, ChangeOrderDelay),
            CreatedAt = Now,
        }, [], reported: false);

    public IReadOnlyList<SaeSecret> Secrets => _secrets;

    public SaeSecret? FindSecret(long secretId) => _secrets.FirstOrDefault(s => s.SecretId == secretId);

    /// <summary>Adds a secret under the next id, from 1, never reused (as config maps).</summary>
    public SaeSecret AddSecret(string name, string namespaceId, string type, IReadOnlyDictionary<string, string> data)
    {
        var secret = new SaeSecret(++LastSecretId, name, namespaceId, type, data, Now);
        _secrets.Add(secret);
        return secret;
    }

    /// <summary>UpdateSecret: the data replaced whole.</summary>
    public SaeSecret UpdateSecret(SaeSecret secret, IReadOnlyDictionary<string, string> data)
    {
        SaeSecret updated = secret with { Data = data, UpdatedAt = Now };
        _secrets[_secrets.IndexOf(secret)] = updated;
        return updated;
    }

    public void RemoveSecret(SaeSecret secret) => _secrets.Remove(secret);

    /// <summary>Every application's scaling rules, in creation order.</summary>
    public IReadOnlyList<SaeScalingRule> ScalingRules => _scalingRules;

    public IEnumerable<SaeScalingRule> ScalingRulesOf(string appId) => _scalingRules.Where(r => r.AppId == appId);

    public SaeScalingRule? FindScalingRule(string appId, string name) => _scalingRules.FirstOrDefault(r => r.AppId == appId && r.Name == name);

    public void AddScalingRule(SaeScalingRule rule) => _scalingRules.Add(rule);

    /// <summary>Update, Enable and Disable: the rule replaced in its place, so listings keep their order.</summary>
    public void ReplaceScalingRule(SaeScalingRule rule, SaeScalingRule updated) => _scalingRules[_scalingRules.IndexOf(rule)] = updated;

    public void RemoveScalingRule(SaeScalingRule rule) => _scalingRules.Remove(rule);

    /// <summary>A secret of a saved world, under the id it had (<see cref="LastSecretId"/> is set apart).</summary>
    public void AdoptSecret(SaeSecret secret) => _secrets.Add(secret);

    /// <summary>A namespace of a seed or a saved world, after the ones before it; the caller has checked its id is new.</summary>
    public void AddNamespace(SaeNamespace value)
    {
        _namespaces.Add(value);
        _namespacesById.Add(value.NamespaceId, value);
        _applicationsByNamespace.Add(value.NamespaceId, []);
    }

    /// <summary>UpdateNamespace: the namespace's record replaced in place (its applications stay where they are).</summary>
    public void ReplaceNamespace(SaeNamespace value)
    {
        _namespaces[_namespaces.FindIndex(n => n.NamespaceId == value.NamespaceId)] = value;
        _namespacesById[value.NamespaceId] = value;
    }

    /// <summary>DeleteNamespace: the caller has checked no application is left in it.</summary>
    public void RemoveNamespace(SaeNamespace value)
    {
        _namespaces.RemoveAll(n => n.NamespaceId == value.NamespaceId);
        _namespacesById.Remove(value.NamespaceId);
        _applicationsByNamespace.Remove(value.NamespaceId);
    }

    /// <summary>An application of a seed or a saved world; its namespace is already there.</summary>
    public void AddApplication(SaeApplication value)
    {
        _applications.Add(value);
        _applicationsById.Add(value.AppId, value);
        _applicationsByNamespace[value.NamespaceId].Add(value);
    }

    public void AddWebApplication(SaeWebApplication value) => _webApplications.Add(value);

    /// <summary>A config map of a saved world, under the id it had (<see cref="LastConfigMapId"/> is set apart).</summary>
    public void AdoptConfigMap(SaeConfigMap map) => _configMaps.Add(map);

    /// <summary>
    /// A change order of a saved world, as it was: its applications' ledgers and holds are restored with them, so
    /// nothing is recorded again here and nothing is moved along; an active one is moved along from now on.
    /// </summary>
    public void AdoptChangeOrder(ChangeOrder order)
    {
        _changeOrders.Add(order);
        _changeOrdersById.Add(order.ChangeOrderId, order);
        foreach (ChangeOrderBatch batch in order.Batches)
        {
            _pipelinesById.Add(batch.PipelineId, (order, batch));
        }

        if (order.IsActive && !order.IsAbnormal)
        {
            _activeChangeOrders.Add(order);
        }
    }

    public SaeNamespace? FindNamespace(string namespaceId) => _namespacesById.GetValueOrDefault(namespaceId);

    public SaeApplication? FindApplication(string appId) => _applicationsById.GetValueOrDefault(appId);

    /// <summary>Deletes an application: its instances go, and no API finds it again (it moves to <see cref="DeletedApplications"/>).</summary>
    public void DeleteApplication(SaeApplication app, DateTimeOffset at)
    {
        foreach (SaeInstance instance in app.InstanceList.ToList())
        {
            Fleet.Kill(app, instance, at);
        }

        _applications.Remove(app);
        _applicationsById.Remove(app.AppId);
        _applicationsByNamespace[app.NamespaceId].Remove(app);
        _deletedApplications.Add(app);

        // Its scaling rules go with it: no API finds them once it is gone, and a new application never inherits them.
        _scalingRules.RemoveAll(r => r.AppId == app.AppId);
    }

    public ChangeOrder? FindChangeOrder(string changeOrderId) => _changeOrdersById.GetValueOrDefault(changeOrderId);

    /// <summary>The batch with this pipeline id and its order, or nulls.</summary>
    public (ChangeOrder? Order, ChangeOrderBatch? Batch) FindPipeline(string pipelineId) =>
        _pipelinesById.TryGetValue(pipelineId, out var found) ? found : (null, null);

    /// <summary>The namespace's applications in seed order; empty for an unknown namespace.</summary>
    public IReadOnlyList<SaeApplication> ApplicationsIn(string namespaceId) =>
        _applicationsByNamespace.TryGetValue(namespaceId, out List<SaeApplication>? apps) ? apps : [];

    /// <summary>
    /// Creates an executing batch change order over the given applications; the caller has already validated them.
    /// With <paramref name="reported"/> the applications report it whatever <see cref="BatchOrdersPerNamespace"/> says
    /// (StartApplication, StopApplication, RestartApplication: an order of one application is its own).
    /// </summary>
    public ChangeOrder CreateChangeOrder(ChangeOrderKind kind, string namespaceId, IReadOnlyList<SaeApplication> apps, string? version, bool reported = false) =>
        Add(new ChangeOrder
        {
            ChangeOrderId = Guid.NewGuid().ToString("D"),
            Kind = kind,
            NamespaceId = namespaceId,
            AppIds = apps.Select(a => a.AppId).ToList(),
            Batches = ChangeOrder.PlanBatches(apps.Select(a => a.AppId).ToList(), Now, ChangeOrderDelay),
            CreatedAt = Now,
            Version = version,
        }, apps, reported: reported || !BatchOrdersPerNamespace);

    /// <summary>
    /// Creates a change order of one application with batches of <paramref name="batchSizes"/> instances; the caller
    /// has already validated everything. The real pause between automatic batches is the request's
    /// <paramref name="batchWaitSeconds"/> capped at the change order delay, so a test never waits for SAE's minutes.
    /// </summary>
    public ChangeOrder CreateApplicationOrder(ChangeOrderKind kind, SaeApplication app, ChangeOrderEffect effect, IReadOnlyList<int> batchSizes,
        bool manual = false, int batchWaitSeconds = 0, string? description = null)
    {
        TimeSpan pause = manual ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(batchWaitSeconds).Ticks, ChangeOrderDelay.Ticks));
        return Add(new ChangeOrder
        {
            ChangeOrderId = Guid.NewGuid().ToString("D"),
            Kind = kind,
            NamespaceId = app.NamespaceId,
            AppIds = [app.AppId],
            Batches = ChangeOrder.PlanInstanceBatches(app.AppId, batchSizes, Now, ChangeOrderDelay, pause),
            CreatedAt = Now,
            Description = description,
            IsManual = manual,
            BatchWaitTime = batchWaitSeconds,
            Effect = effect,
        }, [app], reported: true);
    }

    /// <summary>A waiting manual batch confirmed now: its window opens now and the order executes again.</summary>
    public void ConfirmBatch(ChangeOrder order, ChangeOrderBatch batch)
    {
        order.ShiftFrom(batch.Index, Now);
        batch.MoveTo(ChangeOrderStatus.Executing, Now);
        order.Status = ChangeOrderStatus.Executing;
        ChangeOrderRunner.Advance(this, order);
    }

    /// <summary>
    /// Terminates an active order now (6); what its finished batches did stays done. With <paramref name="rollBack"/>,
    /// a deploy or rollback also puts back the version and configuration from before it, on new instances.
    /// </summary>
    public void Abort(ChangeOrder order, bool rollBack)
    {
        order.Terminate(Now);
        _activeChangeOrders.Remove(order);
        if (rollBack && order.Effect is not null && FindApplication(order.AppIds[0]) is { } app)
        {
            order.Effect.RollBack(this, app, Now);
        }
    }

    /// <summary>
    /// Lets time pass: every active order moves its batches along to <see cref="Now"/>, in creation order. Done lazily
    /// at the start of every transaction instead of with timers so a test clock decides exactly when work finishes.
    /// </summary>
    public void AdvanceChangeOrders()
    {
        foreach (ChangeOrder order in _activeChangeOrders)
        {
            ChangeOrderRunner.Advance(this, order);
        }

        // An abnormal order stays active, but nothing about it changes any more either.
        _activeChangeOrders.RemoveAll(order => !order.IsActive || order.IsAbnormal);
    }

    private ChangeOrder Add(ChangeOrder order, IReadOnlyList<SaeApplication> apps, bool reported)
    {
        _changeOrders.Add(order);
        _changeOrdersById.Add(order.ChangeOrderId, order);
        foreach (ChangeOrderBatch batch in order.Batches)
        {
            _pipelinesById.Add(batch.PipelineId, (order, batch));
        }

        foreach (SaeApplication app in apps)
        {
            app.HeldBy = order;
            if (reported)
            {
                app.LastChangeOrder = order;
                app.ChangeOrders.Add(order);
            }

            app.Record(order.Kind, order.ChangeOrderId);
        }

        // The first batch starts at once (its window opens now); a zero delay finishes the whole order here.
        ChangeOrderRunner.Advance(this, order);
        if (order.IsActive && !order.IsAbnormal)
        {
            _activeChangeOrders.Add(order);
        }

        return order;
    }
}
