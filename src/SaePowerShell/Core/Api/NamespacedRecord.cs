using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>An output record of a namespace's object (a config map, a secret): what SAE's answer may leave out of it.</summary>
internal interface INamespacedRecord
{
    string NamespaceId { get; set; }

    string RegionId { get; set; }
}

/// <summary>
/// Reads a namespace's objects as their generated records, with what the answer leaves out: the namespace asked
/// about, and its region.
/// </summary>
internal static class NamespacedRecord
{
    /// <summary>A listing's <paramref name="field"/>[] (not paged), each read by <paramref name="read"/>.</summary>
    public static IReadOnlyList<T> List<T>(ApiResponse response, string field, Func<JObject, T> read, string namespaceId, ServiceLocation location)
        where T : INamespacedRecord =>
        (JsonRead.Child(response.Data, field) as JArray ?? new JArray()).OfType<JObject>().Select(item => Placed(read(item), namespaceId, location)).ToList();

    public static T Placed<T>(T record, string? namespaceId, ServiceLocation location)
        where T : INamespacedRecord
    {
        if (record.NamespaceId.Length == 0)
        {
            record.NamespaceId = namespaceId ?? string.Empty;
        }

        record.RegionId = RegionIds.Of(record.NamespaceId, location);
        return record;
    }
}
