using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The config-map APIs (ListNamespacedConfigMaps, DescribeConfigMap, CreateConfigMap, UpdateConfigMap,
/// DeleteConfigMap). Requests are built from the catalog, so the surface checks every name, type and required
/// parameter; the answer's shape is the surface's too (Data.ConfigMaps[], Data).
/// </summary>
internal static class ConfigMapCalls
{
    public static ApiRequest List(ServiceLocation location, string namespaceId) =>
        SaeRequests.ListNamespacedConfigMaps(location, namespaceId, namespaceId: namespaceId);

    public static ApiRequest Describe(ServiceLocation location, long configMapId, string? namespaceId) =>
        SaeRequests.DescribeConfigMap(location, namespaceId, configMapId: configMapId);

    public static ApiRequest Create(ServiceLocation location, string namespaceId, string name, IReadOnlyDictionary<string, string> data, string? description) =>
        ApiCallBuilder.Build(SaeApi.CreateConfigMap, location, namespaceId,
            new Dictionary<string, object?> { ["NamespaceId"] = namespaceId, ["Name"] = name, ["Data"] = Sorted(data), ["Description"] = description },
            Target(namespaceId, name));

    public static ApiRequest Update(ServiceLocation location, SaeConfigMap configMap, IReadOnlyDictionary<string, string> data, string? description) =>
        ApiCallBuilder.Build(SaeApi.UpdateConfigMap, location, configMap.NamespaceId,
            new Dictionary<string, object?> { ["ConfigMapId"] = configMap.ConfigMapId, ["Data"] = Sorted(data), ["Description"] = description },
            Target(configMap.NamespaceId, configMap.Name));

    public static ApiRequest Delete(ServiceLocation location, SaeConfigMap configMap) =>
        SaeRequests.DeleteConfigMap(location, configMap.NamespaceId, configMapId: configMap.ConfigMapId, callTarget: Target(configMap.NamespaceId, configMap.Name));

    /// <summary>ListNamespacedConfigMaps: Data.ConfigMaps[] (not paged).</summary>
    public static IReadOnlyList<SaeConfigMap> ParseList(ApiResponse response, string namespaceId, ServiceLocation location) =>
        NamespacedRecord.List(response, "ConfigMaps", SaeConfigMap.Read, namespaceId, location);

    /// <summary>DescribeConfigMap: Data is the config map.</summary>
    public static SaeConfigMap ParseOne(ApiResponse response, string? namespaceId, ServiceLocation location) =>
        NamespacedRecord.Placed(SaeConfigMap.Read(response.Data as JObject ?? new JObject()), namespaceId, location);

    /// <summary>CreateConfigMap: Data.ConfigMapId.</summary>
    public static long? ParseCreatedId(ApiResponse response) => JsonRead.Long(response.Data, "ConfigMapId");

    /// <summary>Keys in order, so the same data is always the same JSON and the same record: a read-back compares them.</summary>
    internal static SortedDictionary<string, string> Sorted(IReadOnlyDictionary<string, string> data) =>
        new SortedDictionary<string, string>(data.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    private static CallTarget Target(string namespaceId, string name) => CallTarget.InNamespace("config map", "Get-SaeConfigMap", namespaceId, name);
}
