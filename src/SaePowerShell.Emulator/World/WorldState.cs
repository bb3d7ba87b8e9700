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
    private readonly List<ChangeOrder> _changeOrders = [];
    private readonly Dictionary<string, ChangeOrder> _changeOrdersById = new(StringComparer.Ordinal);

    public WorldState(SeedDocument seed, TimeSpan changeOrderDelay, DateTimeOffset now)
    {
        ChangeOrderDelay = changeOrderDelay;
        Now = now;
        foreach (SeedNamespace ns in seed.Namespaces)
        {
            var value = new SaeNamespace(ns.NamespaceId, ns.NamespaceName ?? ns.NamespaceId, ns.RegionId ?? ns.NamespaceId.Split(':')[0], ns.Fault);
            _namespaces.Add(value);
            _namespacesById.Add(value.NamespaceId, value);
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
            };
            _applications.Add(value);
            _applicationsById.Add(value.AppId, value);
        }
    }

    public TimeSpan ChangeOrderDelay { get; }

    /// <summary>The clock reading for the current transaction: every timestamp written during it is this one.</summary>
    public DateTimeOffset Now { get; internal set; }

    public IReadOnlyList<SaeNamespace> Namespaces => _namespaces;

    public IReadOnlyList<SaeApplication> Applications => _applications;

    public IReadOnlyList<ChangeOrder> ChangeOrders => _changeOrders;

    public SaeNamespace? FindNamespace(string namespaceId) => _namespacesById.GetValueOrDefault(namespaceId);

    public SaeApplication? FindApplication(string appId) => _applicationsById.GetValueOrDefault(appId);

    public ChangeOrder? FindChangeOrder(string changeOrderId) => _changeOrdersById.GetValueOrDefault(changeOrderId);

    public IEnumerable<SaeApplication> ApplicationsIn(string namespaceId) => _applications.Where(a => a.NamespaceId == namespaceId);

    /// <summary>Creates an executing change order over the given applications; the caller has already validated them.</summary>
    public ChangeOrder CreateChangeOrder(ChangeOrderKind kind, string namespaceId, IReadOnlyList<SaeApplication> apps, string? version)
    {
        var order = new ChangeOrder
        {
            ChangeOrderId = Guid.NewGuid().ToString("D"),
            Kind = kind,
            NamespaceId = namespaceId,
            AppIds = apps.Select(a => a.AppId).ToList(),
            PipelineId = Guid.NewGuid().ToString("D"),
            CreatedAt = Now,
            DueAt = Now + ChangeOrderDelay,
            Version = version,
        };
        _changeOrders.Add(order);
        _changeOrdersById.Add(order.ChangeOrderId, order);
        foreach (SaeApplication app in apps)
        {
            app.LastChangeOrder = order;
            if (kind.StartsApplications)
            {
                app.StartedBy.Add(order.ChangeOrderId);
            }
        }

        return order;
    }

    /// <summary>
    /// Lets time pass: every executing order whose delay has elapsed succeeds, in creation order, and its kind updates
    /// its applications. Done lazily at the start of every transaction instead of with timers so a test clock decides
    /// exactly when work finishes.
    /// </summary>
    public void CompleteDueChangeOrders()
    {
        foreach (ChangeOrder order in _changeOrders)
        {
            if (!order.IsExecuting || order.DueAt > Now)
            {
                continue;
            }

            order.Status = ChangeOrderStatus.Succeeded;
            order.FinishedAt = order.DueAt;
            foreach (string appId in order.AppIds)
            {
                if (_applicationsById.TryGetValue(appId, out SaeApplication? app))
                {
                    order.Kind.ApplySuccess(app);
                }
            }
        }
    }
}
