using System.Globalization;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// The instances of every application, their logs, and the events they leave (ListAppEvents). Every change to an
/// instance goes through here, so the instance, its log and its events never disagree. Times are the instant the
/// change happened (a batch's end), not when the world noticed it.
/// </summary>
internal sealed class InstanceFleet
{
    private readonly Dictionary<string, SaeInstance> _byId = new(StringComparer.Ordinal);
    private readonly List<AppEvent> _events = [];
    private int _addresses;

    /// <summary>Every event so far, in the order they were recorded.</summary>
    public IReadOnlyList<AppEvent> Events => _events;

    /// <summary>How many container addresses have been handed out: the next instance gets the next one.</summary>
    public int AddressesUsed
    {
        get => _addresses;
        set => _addresses = value;
    }

    /// <summary>An instance read back from a saved world: live again, under its own id, in its application's list.</summary>
    public void Adopt(SaeApplication app, SaeInstance instance)
    {
        _byId.Add(instance.InstanceId, instance);
        app.InstanceList.Add(instance);
    }

    /// <summary>An event read back from a saved world, in its place in the order.</summary>
    public void Adopt(AppEvent appEvent) => _events.Add(appEvent);

    /// <summary>A live instance of any application; a deleted or replaced one is gone.</summary>
    public SaeInstance? Find(string instanceId) => _byId.GetValueOrDefault(instanceId);

    /// <summary>Starts a new instance of <paramref name="app"/> on <paramref name="version"/> (a pending one only at seed load).</summary>
    public SaeInstance Launch(SaeApplication app, AppVersion version, string? pipelineId, DateTimeOffset at, string status = SaeInstance.Running)
    {
        string id;
        do
        {
            id = $"{app.AppName}-{version.ReplicaSetHash}-{Guid.NewGuid().ToString("N")[..5]}";
        }
        while (_byId.ContainsKey(id));

        int n = _addresses++;
        var instance = new SaeInstance
        {
            InstanceId = id,
            AppId = app.AppId,
            Version = version,
            ContainerIp = $"192.168.{n / 253 % 256}.{(n % 253) + 2}",
            CreatedAt = at,
            CreatedByPipelineId = pipelineId,
            ContainerStatus = status,
            UpdatedAt = at,
        };
        _byId.Add(id, instance);
        app.InstanceList.Add(instance);
        Pod(app, instance, "Created", "Created container main", at);
        instance.Log.Add(Line(app, at, $"Pulled image {version.ImageUrl}"));
        if (status == SaeInstance.Running)
        {
            MarkStarted(app, instance, at);
        }

        return instance;
    }

    /// <summary>Removes an instance: Kubernetes kills the pod, and its log goes with it.</summary>
    public void Kill(SaeApplication app, SaeInstance instance, DateTimeOffset at)
    {
        app.InstanceList.Remove(instance);
        _byId.Remove(instance.InstanceId);
        Pod(app, instance, "Killing", "Stopping container main", at);
    }

    /// <summary>A container restart: the same instance, one more restart, the log so far becomes the previous log.</summary>
    public void Restart(SaeApplication app, SaeInstance instance, DateTimeOffset at)
    {
        instance.Log.Add(Line(app, at, "Stopping container main for a restart"));
        instance.PreviousLog.Clear();
        instance.PreviousLog.AddRange(instance.Log);
        instance.Log.Clear();
        instance.Restarts++;
        Pod(app, instance, "Killing", "Stopping container main", at);
        instance.Log.Add(Line(app, at, $"Restarted container main (restart {instance.Restarts})"));
        MarkStarted(app, instance, at);
    }

    /// <summary>The application runs with all its instances: pending ones start, missing ones are created.</summary>
    public void Run(SaeApplication app, string? pipelineId, DateTimeOffset at)
    {
        app.Status = SaeApplication.Running;
        foreach (SaeInstance pending in app.InstanceList.Where(i => !i.IsRunning))
        {
            MarkStarted(app, pending, at);
        }

        Scale(app, app.Instances, app.CurrentVersion, pipelineId, at);
    }

    /// <summary>The application stops: every instance goes.</summary>
    public void Stop(SaeApplication app, DateTimeOffset at)
    {
        app.Status = SaeApplication.Stopped;
        Scale(app, 0, app.CurrentVersion, null, at);
    }

    /// <summary>
    /// Every instance replaced by a new one on <paramref name="version"/>, as many as the application is configured for;
    /// a stopped application stays without instances unless <paramref name="run"/>.
    /// </summary>
    public void Recreate(SaeApplication app, AppVersion version, string? pipelineId, DateTimeOffset at, bool run)
    {
        if (run)
        {
            app.Status = SaeApplication.Running;
        }

        if (app.Status != SaeApplication.Running)
        {
            return;
        }

        foreach (SaeInstance old in app.InstanceList.ToList())
        {
            Kill(app, old, at);
        }

        Scale(app, app.Instances, version, pipelineId, at);
    }

    /// <summary>Brings the instance count to <paramref name="target"/>: the newest go first, new ones run <paramref name="version"/>.</summary>
    public void Scale(SaeApplication app, int target, AppVersion version, string? pipelineId, DateTimeOffset at)
    {
        int before = app.InstanceList.Count;
        while (app.InstanceList.Count > target)
        {
            Kill(app, app.InstanceList[^1], at);
        }

        while (app.InstanceList.Count < target)
        {
            Launch(app, version, pipelineId, at);
        }

        if (before != target)
        {
            Deployment(app, "ScalingReplicaSet", $"Scaled {(target > before ? "up" : "down")} replica set {app.AppName}-{version.ReplicaSetHash} to {target}", at);
        }
    }

    /// <summary>An event about the application itself (ObjectKind Deployment, ObjectName its name).</summary>
    public void Deployment(SaeApplication app, string reason, string message, DateTimeOffset at) =>
        Record(app, AppEvent.Normal, reason, message, AppEvent.Deployment, app.AppName, at);

    /// <summary>
    /// A change order's batch failed on this application (its seeded changeOrderFault): the pod that would not become
    /// healthy backs off, as Kubernetes reports a container that keeps failing, and is gone again.
    /// </summary>
    public void BackOff(SaeApplication app, string errorMessage, DateTimeOffset at)
    {
        string pod = $"{app.AppName}-{app.CurrentVersion.ReplicaSetHash}-{Guid.NewGuid().ToString("N")[..5]}";
        Record(app, AppEvent.Warning, "BackOff", $"Back-off restarting failed container main: {errorMessage}", AppEvent.Pod, pod, at);
    }

    /// <summary>How events and log lines write an instant: <c>2020-02-19T05:01:28Z</c>, as the SDK's example shows.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void MarkStarted(SaeApplication app, SaeInstance instance, DateTimeOffset at)
    {
        instance.ContainerStatus = SaeInstance.Running;
        instance.UpdatedAt = at;
        instance.Log.Add(Line(app, at, $"Started container main of application {app.AppName}, image {instance.Version.ImageUrl}"));
        Pod(app, instance, "Started", "Started container main", at);
    }

    private void Pod(SaeApplication app, SaeInstance instance, string reason, string message, DateTimeOffset at) =>
        Record(app, AppEvent.Normal, reason, message, AppEvent.Pod, instance.InstanceId, at);

    private void Record(SaeApplication app, string type, string reason, string message, string kind, string name, DateTimeOffset at) =>
        _events.Add(new AppEvent(_events.Count + 1, app.AppId, app.NamespaceId, type, reason, message, kind, name, at));

    private static string Line(SaeApplication app, DateTimeOffset at, string text) => $"{Iso(at)} [{app.AppName}] {text}";
}
