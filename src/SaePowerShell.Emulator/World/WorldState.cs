using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// The in-memory SAE account: namespaces, applications and change orders, each in seed (creation) order so listings
/// are stable. Not thread-safe by itself; <see cref="SaeWorld"/> hands it out only under its lock.
/// </summary>
internal sealed class WorldState
{
    private readonly List<SaeNamespace> _namespaces = [];
    private readonly Dictionary<string, SaeNamespace> _namespacesById = new(StringComparer.Ordinal);
    private readonly List<SaeApplication> _applications = [];
    private readonly Dictionary<string, SaeApplication> _applicationsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SaeApplication>> _applicationsByNamespace = new(StringComparer.Ordinal);
    private readonly List<SaeWebApplication> _webApplications = [];
    private readonly List<SaeConfigMap> _configMaps = [];
    private readonly List<ChangeOrder> _changeOrders = [];
    private readonly Dictionary<string, ChangeOrder> _changeOrdersById = new(StringComparer.Ordinal);

    // Only these need moving along; finished orders never change again, so a long run does not make every request slower.
    private readonly List<ChangeOrder> _executingChangeOrders = [];

    public WorldState(SeedDocument seed, TimeSpan changeOrderDelay, DateTimeOffset now, bool batchOrdersPerNamespace = false)
    {
        ChangeOrderDelay = changeOrderDelay;
        BatchOrdersPerNamespace = batchOrdersPerNamespace;
        Now = now;
        foreach (SeedNamespace ns in seed.Namespaces)
        {
            var value = new SaeNamespace(ns.NamespaceId, ns.NamespaceName ?? ns.NamespaceId, ns.RegionId ?? ns.NamespaceId.Split(':')[0], ns.Fault);
            _namespaces.Add(value);
            _namespacesById.Add(value.NamespaceId, value);
            _applicationsByNamespace.Add(value.NamespaceId, []);
        }

        foreach (SeedApplication app in seed.Applications)
        {
            var value = new SaeApplication
            {
                AppId = app.AppId,
                AppName = app.AppName,
                NamespaceId = app.NamespaceId,
                Description = app.Description ?? "",
                Cpu = app.Cpu ?? 500,
                Mem = app.Mem ?? 1024,
                Instances = app.Instances ?? 1,
                RunningInstances = app.RunningInstances ?? 0,
                Status = app.Status ?? SaeApplication.Stopped,
                CreatedAt = now,
                ChangeOrderFault = ChangeOrderFault.FromName(app.ChangeOrderFault),
            };
            _applications.Add(value);
            _applicationsById.Add(value.AppId, value);
            _applicationsByNamespace[value.NamespaceId].Add(value);
        }

        foreach (SeedWebApplication app in seed.WebApplications ?? [])
        {
            _webApplications.Add(new SaeWebApplication
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

    public TimeSpan ChangeOrderDelay { get; }

    /// <summary>
    /// Whether batch change orders belong to their namespace only (<c>--batch-orders-per-namespace</c>, the seed's
    /// <c>batchOrdersPerNamespace</c>): then an application's DescribeApplicationStatus and ListChangeOrders do not
    /// show them, as SAE keeps some batch orders at namespace level. They still hold the application while they run.
    /// </summary>
    public bool BatchOrdersPerNamespace { get; }

    /// <summary>The clock reading for the current transaction: every timestamp written during it is this one.</summary>
    public DateTimeOffset Now { get; internal set; }

    public IReadOnlyList<SaeNamespace> Namespaces => _namespaces;

    public IReadOnlyList<SaeApplication> Applications => _applications;

    public IReadOnlyList<ChangeOrder> ChangeOrders => _changeOrders;

    public IReadOnlyList<SaeWebApplication> WebApplications => _webApplications;

    public IReadOnlyList<SaeConfigMap> ConfigMaps => _configMaps;

    /// <summary>The v2 web application with this id in this namespace; one in another namespace is not found, as in SAE.</summary>
    public SaeWebApplication? FindWebApplication(string applicationId, string namespaceId) =>
        _webApplications.FirstOrDefault(a => a.ApplicationId == applicationId && a.NamespaceId == namespaceId);

    public SaeConfigMap? FindConfigMap(long configMapId) => _configMaps.FirstOrDefault(c => c.ConfigMapId == configMapId);

    /// <summary>Adds a config map under the next id: SAE's ids are small sequential longs, and so are these, from 1.</summary>
    public SaeConfigMap AddConfigMap(string name, string namespaceId, string description, System.Text.Json.JsonElement data)
    {
        var map = new SaeConfigMap(_configMaps.Count + 1, name, namespaceId, description, data, Now);
        _configMaps.Add(map);
        return map;
    }

    public SaeNamespace? FindNamespace(string namespaceId) => _namespacesById.GetValueOrDefault(namespaceId);

    public SaeApplication? FindApplication(string appId) => _applicationsById.GetValueOrDefault(appId);

    public ChangeOrder? FindChangeOrder(string changeOrderId) => _changeOrdersById.GetValueOrDefault(changeOrderId);

    /// <summary>The namespace's applications in seed order; empty for an unknown namespace.</summary>
    public IReadOnlyList<SaeApplication> ApplicationsIn(string namespaceId) =>
        _applicationsByNamespace.TryGetValue(namespaceId, out List<SaeApplication>? apps) ? apps : [];

    /// <summary>Creates an executing change order over the given applications; the caller has already validated them.</summary>
    public ChangeOrder CreateChangeOrder(ChangeOrderKind kind, string namespaceId, IReadOnlyList<SaeApplication> apps, string? version)
    {
        List<string> appIds = apps.Select(a => a.AppId).ToList();
        var order = new ChangeOrder
        {
            ChangeOrderId = Guid.NewGuid().ToString("D"),
            Kind = kind,
            NamespaceId = namespaceId,
            AppIds = appIds,
            Batches = ChangeOrder.PlanBatches(appIds, Now, ChangeOrderDelay),
            CreatedAt = Now,
            Version = version,
        };
        _changeOrders.Add(order);
        _changeOrdersById.Add(order.ChangeOrderId, order);
        foreach (SaeApplication app in apps)
        {
            app.HeldBy = order;
            if (!BatchOrdersPerNamespace)
            {
                app.LastChangeOrder = order;
                app.ChangeOrders.Add(order);
            }

            kind.Record(app, order.ChangeOrderId);
        }

        // The first batch starts at once (its window opens now); a zero delay finishes the whole order here.
        Advance(order);
        if (order.IsExecuting && !order.IsAbnormal)
        {
            _executingChangeOrders.Add(order);
        }

        return order;
    }

    /// <summary>
    /// Lets time pass: every executing order moves its batches along to <see cref="Now"/>, in creation order. Done
    /// lazily at the start of every transaction instead of with timers so a test clock decides exactly when work finishes.
    /// </summary>
    public void AdvanceChangeOrders()
    {
        foreach (ChangeOrder order in _executingChangeOrders)
        {
            Advance(order);
        }

        // An abnormal order stays executing, but nothing about it changes any more either.
        _executingChangeOrders.RemoveAll(order => !order.IsExecuting || order.IsAbnormal);
    }

    /// <summary>
    /// Moves one order's batches through their windows: a batch executes from its start, and at its end either
    /// applies the order's kind to its applications and succeeds, or, when one of them carries a seeded fault, fails
    /// and ends the whole order there (later batches never start, their applications keep their state).
    /// </summary>
    private void Advance(ChangeOrder order)
    {
        if (order.IsAbnormal)
        {
            return;
        }

        foreach (ChangeOrderBatch batch in order.Batches)
        {
            if (!order.IsExecuting || Now < batch.StartsAt)
            {
                return;
            }

            if (batch.IsFinished)
            {
                continue;
            }

            batch.Status = ChangeOrderStatus.Executing;
            if (Now < batch.EndsAt)
            {
                return;
            }

            List<SaeApplication> apps = batch.AppIds.Select(FindApplication).OfType<SaeApplication>().ToList();
            SaeApplication? broken = apps.FirstOrDefault(a => a.ChangeOrderFault is not null);
            if (broken is not null)
            {
                ChangeOrderFault fault = broken.ChangeOrderFault!;
                batch.Status = fault.Status;
                order.ErrorMessage = fault.Describe(batch.Index + 1, broken.AppName);
                if (fault.LeavesOrderExecuting)
                {
                    order.IsAbnormal = true;
                }
                else
                {
                    order.Status = fault.Status;
                    order.FinishedAt = batch.EndsAt;
                }

                return;
            }

            foreach (SaeApplication app in apps)
            {
                order.Kind.ApplySuccess(app);
            }

            batch.Status = ChangeOrderStatus.Succeeded;
        }

        if (order.IsExecuting)
        {
            order.Status = ChangeOrderStatus.Succeeded;
            order.FinishedAt = order.Batches[^1].EndsAt;
        }
    }
}
