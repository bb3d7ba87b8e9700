using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeApplicationConfig: an application's configuration, now or as of one of its versions.</summary>
internal static class DescribeApplicationConfigCall
{
    /// <summary>Fields that hold a secret; they never reach the output object.</summary>
    private static readonly string[] Secrets = { "OssAkSecret" };

    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId, string? versionId) =>
        SaeRequests.DescribeApplicationConfig(location, namespaceId, appId: appId, versionId: versionId);

    public static SaeApplicationConfig Parse(ApiResponse response, string appId, string? namespaceId, string? versionId, ServiceLocation location)
    {
        JObject data = response.Data as JObject ?? new JObject();
        OrderedDictionary fields = JsonPlain.Dictionary(data);
        foreach (string secret in Secrets)
        {
            fields.Remove(secret);
        }

        string? envs = JsonRead.String(data, "Envs");
        return new SaeApplicationConfig
        {
            AppId = JsonRead.String(data, "AppId") ?? appId,
            AppName = JsonRead.String(data, "AppName"),
            AppDescription = JsonRead.String(data, "AppDescription"),
            NamespaceId = JsonRead.String(data, "NamespaceId") ?? namespaceId,
            RegionId = JsonRead.String(data, "RegionId") ?? location.RegionId,
            VersionId = versionId,
            PackageType = JsonRead.String(data, "PackageType"),
            ImageUrl = JsonRead.NonEmptyString(data, "ImageUrl"),
            PackageUrl = JsonRead.NonEmptyString(data, "PackageUrl"),
            PackageVersion = JsonRead.NonEmptyString(data, "PackageVersion"),
            Replicas = JsonRead.Int(data, "Replicas"),
            Cpu = JsonRead.Int(data, "Cpu"),
            Memory = JsonRead.Int(data, "Memory"),
            MinReadyInstances = JsonRead.Int(data, "MinReadyInstances"),
            MinReadyInstanceRatio = JsonRead.Int(data, "MinReadyInstanceRatio"),
            BatchWaitTime = JsonRead.Int(data, "BatchWaitTime"),
            UpdateStrategy = JsonRead.NonEmptyString(data, "UpdateStrategy"),
            Command = JsonRead.NonEmptyString(data, "Command"),
            Timezone = JsonRead.NonEmptyString(data, "Timezone"),
            Envs = string.IsNullOrEmpty(envs) ? null : envs,
            Environment = Environment(envs),
            VpcId = JsonRead.NonEmptyString(data, "VpcId"),
            VSwitchId = JsonRead.NonEmptyString(data, "VSwitchId"),
            SecurityGroupId = JsonRead.NonEmptyString(data, "SecurityGroupId"),
            Fields = fields,
        };
    }

    /// <summary>SAE's Envs: a JSON array of {name, value} (or valueFrom, for a config map); the plain ones by name.</summary>
    private static IDictionary<string, string> Environment(string? envs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        JToken? parsed;
        try
        {
            parsed = string.IsNullOrWhiteSpace(envs) ? null : JsonRead.Parse(envs!);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return result;
        }

        if (parsed is JArray entries)
        {
            foreach (JToken entry in entries)
            {
                if (JsonRead.String(entry, "name") is string name && JsonRead.String(entry, "value") is string value)
                {
                    result[name] = value;
                }
            }
        }

        return result;
    }

}
