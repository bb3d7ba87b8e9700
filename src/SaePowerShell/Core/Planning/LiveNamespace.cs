using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// What specs are compared with in one namespace, each read once however many specs name it: its applications by
/// name (one listing, which carries their tags), an application's configuration (one read each, only for those a spec
/// names), its scaling rules (one read, only for a spec that lists them), and, only when a spec mounts one, its config
/// maps and secrets by name.
/// </summary>
internal sealed class LiveNamespace
{
    private readonly SaeClient _client;
    private readonly ServiceLocation _location;
    private IReadOnlyList<SaeApplication>? _applications;
    private Dictionary<string, long>? _configMaps;
    private Dictionary<string, long>? _secrets;

    public LiveNamespace(SaeClient client, ServiceLocation location, string namespaceId)
    {
        _client = client;
        _location = location;
        NamespaceId = namespaceId;
    }

    public string NamespaceId { get; }

    public ServiceLocation Location => _location;

    /// <summary>The application of that name, or null when the namespace has none.</summary>
    public async Task<SaeApplication?> FindAsync(string appName, CancellationToken cancellationToken)
    {
        if (_applications is null)
        {
            var pager = new Pager<SaeApplication>(_client, (page, size) => ListApplicationsCall.Request(_location, NamespaceId, null, null, page, size),
                ListApplicationsCall.Parse, a => a.AppId, ListApplicationsCall.PageSizes, 100);
            _applications = await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        }

        return _applications.FirstOrDefault(a => string.Equals(a.AppName, appName, StringComparison.Ordinal) && string.Equals(a.NamespaceId ?? NamespaceId, NamespaceId, StringComparison.Ordinal));
    }

    public async Task<SaeApplicationConfig> ConfigurationAsync(SaeApplication app, CancellationToken cancellationToken)
    {
        ApiResponse response = await _client.SendAsync(DescribeApplicationConfigCall.Request(_location, app.AppId, NamespaceId, null), cancellationToken).ConfigureAwait(false);
        return DescribeApplicationConfigCall.Parse(response, app.AppId, NamespaceId, null, _location);
    }

    /// <summary>The application's scaling rules (DescribeApplicationScalingRules).</summary>
    public async Task<IReadOnlyList<SaeScalingRule>> ScalingRulesAsync(SaeApplication app, CancellationToken cancellationToken)
    {
        ApiResponse response = await _client.SendAsync(ScalingRuleCalls.List(_location, app.AppId, NamespaceId), cancellationToken).ConfigureAwait(false);
        return ScalingRuleCalls.ParseList(response, app.AppId, NamespaceId, _location);
    }

    /// <summary>The application's CLBs and NLBs (DescribeApplicationSlbs and DescribeApplicationNlbs).</summary>
    public async Task<IReadOnlyList<SaeApplicationLoadBalancer>> LoadBalancersAsync(SaeApplication app, CancellationToken cancellationToken)
    {
        ApiResponse slbs = await _client.SendAsync(LoadBalancerCalls.ListSlbs(_location, app.AppId, NamespaceId), cancellationToken).ConfigureAwait(false);
        ApiResponse nlbs = await _client.SendAsync(LoadBalancerCalls.ListNlbs(_location, app.AppId, NamespaceId), cancellationToken).ConfigureAwait(false);
        return LoadBalancerCalls.ParseSlbs(slbs, app.AppId, NamespaceId, _location).Concat(LoadBalancerCalls.ParseNlbs(nlbs, app.AppId, NamespaceId, _location)).ToList();
    }

    /// <summary>Loads the namespace's config maps or secrets when <paramref name="spec"/> mounts any, so <see cref="IdOf"/> can answer.</summary>
    public async Task PrepareMountsAsync(SaeApplicationSpec spec, CancellationToken cancellationToken)
    {
        bool Mounts(string field) => spec.Configuration.TryGetValue(field, out object? value) && value is System.Collections.ICollection { Count: > 0 };
        if (Mounts("ConfigMapMountDesc") && _configMaps is null)
        {
            ApiResponse maps = await _client.SendAsync(ConfigMapCalls.List(_location, NamespaceId), cancellationToken).ConfigureAwait(false);
            _configMaps = ConfigMapCalls.ParseList(maps, NamespaceId, _location).GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ConfigMapId, StringComparer.Ordinal);
        }

        if (Mounts("SecretMountDesc") && _secrets is null)
        {
            ApiResponse secrets = await _client.SendAsync(SecretCalls.List(_location, NamespaceId), cancellationToken).ConfigureAwait(false);
            _secrets = SecretCalls.ParseList(secrets, NamespaceId, _location).GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().SecretId, StringComparer.Ordinal);
        }
    }

    /// <summary>A mounted object's id in this namespace by (mount field, name), or null.</summary>
    public long? IdOf(string field, string name)
    {
        Dictionary<string, long>? known = field == "ConfigMapMountDesc" ? _configMaps : _secrets;
        return known != null && known.TryGetValue(name, out long id) ? id : null;
    }
}
