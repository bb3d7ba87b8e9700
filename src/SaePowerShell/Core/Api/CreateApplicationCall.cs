using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// CreateApplication, built from the catalog so the surface checks every parameter (names, types, required,
/// placement), and what a clone carries over: every field of DescribeApplicationConfig that CreateApplication takes
/// by the same name, the surface deciding which those are.
/// </summary>
internal static class CreateApplicationCall
{
    /// <summary>What a clone never carries: the copy's own identity, and a credential whose secret SAE never shows.</summary>
    private static readonly string[] NeverCloned = { "AppId", "NamespaceId", "AppName", "OssAkId", "OssAkSecret" };

    /// <summary>
    /// The configuration fields CreateApplication takes under another name: the only pairs the surface cannot match
    /// by name (DescribeApplicationConfig answers PvtzDiscovery; CreateApplication takes it as PvtzDiscoverySvc).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PvtzDiscovery"] = "PvtzDiscoverySvc",
        ["HeadlessPvtzDiscovery"] = "HeadlessPvtzDiscoverySvc",
    };

    /// <summary>What belongs to a region (a network), carried only into the same region.</summary>
    public static readonly IReadOnlyList<string> RegionBound = new[] { "VpcId", "VSwitchId", "SecurityGroupId" };

    public static ApiDefinition Definition => ApiCatalog.Find(SaeApi.CreateApplication.Action)
        ?? throw new InvalidOperationException("The API catalog has no CreateApplication.");

    /// <summary>The request for <paramref name="values"/> (official names), checked against the surface before any call.</summary>
    public static ApiRequest Request(ServiceLocation location, string namespaceId, string appName, IReadOnlyDictionary<string, object?> values)
    {
        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, object?> pair in values)
        {
            given[pair.Key] = pair.Value;
        }

        given["NamespaceId"] = namespaceId;
        given["AppName"] = appName;
        ApiRequest request = ApiCallBuilder.Build(Definition, given, location, SaeApi.CreateApplication);
        request.NamespaceId = namespaceId;
        request.Target = new CallTarget("application '" + appName + "' in namespace " + namespaceId,
            where => "Look for it (Get-SaeApplication -NamespaceId " + namespaceId + " -Name " + appName + where + ") before trying again.");
        return request;
    }

    /// <summary>The application and change order SAE answered.</summary>
    public static (string? AppId, string? ChangeOrderId) Parse(ApiResponse response) =>
        (JsonRead.NonEmptyString(response.Data, "AppId"), JsonRead.NonEmptyString(response.Data, "ChangeOrderId"));

    /// <summary>
    /// The CreateApplication parameters a configuration gives: each field CreateApplication takes by the same name,
    /// less the copy's identity, less empty values (SAE's absence is its default), less <paramref name="leftOut"/>.
    /// </summary>
    public static Dictionary<string, object?> FromConfiguration(SaeApplicationConfig config, ICollection<string> leftOut)
    {
        ApiDefinition create = Definition;
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry field in config.Fields)
        {
            string name = (string)field.Key;
            string wire = Renamed.TryGetValue(name, out string? renamed) ? renamed : name;
            if (NeverCloned.Contains(name, StringComparer.OrdinalIgnoreCase) || leftOut.Contains(name) || create.Find(wire) is not ApiParameter parameter || IsEmpty(field.Value))
            {
                continue;
            }

            values[parameter.Name] = field.Value;
        }

        return values;
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        ICollection collection => collection.Count == 0,
        _ => false,
    };
}
