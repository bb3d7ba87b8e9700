using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SaePowerShell.Emulator.World;
using SurfaceField = SaePowerShell.Surface.SurfaceField;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationConfig (sae-api.md §3.5): every field of the official Data, with its declared type, in the
/// surface's order. The image or package is the current version's, or with VersionId that version's; the rest is the
/// application's configuration now (<see cref="ApplicationConfiguration"/> for the fields only kept and answered),
/// and what SAE derives: the region, the VPC of the namespace, the cluster and Kubernetes deployment, the names of the
/// config maps and secrets mounted.
/// </summary>
internal sealed partial class DescribeApplicationConfigApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string? versionId = call.Optional("VersionId");
        AppVersion version = string.IsNullOrEmpty(versionId)
            ? app.CurrentVersion
            : app.FindVersion(versionId) ?? throw new SaeException(SaeErrors.WithMessage("VersionId", $"the application {app.AppId} has no version {versionId}."));
        SaeNamespace ns = call.World.FindNamespace(app.NamespaceId)!;
        AppSettings settings = app.Settings;
        bool image = version.Type == AppVersion.ImageType;
        var own = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["AppId"] = app.AppId,
            ["AppName"] = app.AppName,
            ["AppDescription"] = app.Description,
            ["NamespaceId"] = app.NamespaceId,
            ["RegionId"] = ns.RegionId,
            ["VpcId"] = SaeNamespace.EmulatedVpcId,
            ["ResourceType"] = "application",
            ["Tags"] = app.Tags.Select(t => new { t.Key, t.Value }).ToList(),
            ["ClusterId"] = ClusterIdOf(ns.RegionId),
            ["DeploymentName"] = $"{app.AppName}-{app.AppId}",
            ["Replicas"] = settings.Replicas,
            ["Cpu"] = settings.Cpu,
            ["Memory"] = settings.Memory,
            ["Envs"] = settings.Envs,
            ["Timezone"] = settings.Timezone,
            ["MinReadyInstances"] = settings.MinReadyInstances,
            ["MinReadyInstanceRatio"] = settings.MinReadyInstanceRatio,
            ["BatchWaitTime"] = settings.BatchWaitTime,
            ["UpdateStrategy"] = settings.UpdateStrategy,
            ["PackageType"] = version.PackageType,
            ["ImageUrl"] = image ? version.ImageUrl : "",
            ["PackageUrl"] = version.PackageUrl ?? "",
            ["PackageVersion"] = version.PackageVersion,
        };
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (SurfaceField field in ApplicationConfiguration.Fields)
        {
            data[field.Name] = own.TryGetValue(field.Name, out object? value) ? value : Derive(call.World, field.Name, ApplicationConfiguration.Answer(settings.Configuration, field.Name));
        }

        return AnswerFields(data);
    }

    /// <summary>The one cluster SAE runs a region's applications on: a name-based GUID of the region, stable across resets.</summary>
    internal static string ClusterIdOf(string regionId)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("sae-emulator-cluster:" + regionId));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    /// <summary>A mount of a config map or secret answers its name as SAE looks it up (empty when the id names none).</summary>
    private static JsonElement Derive(WorldState world, string field, JsonElement value)
    {
        (string idName, string nameName, Func<long, string?> lookUp) = field switch
        {
            "ConfigMapMountDesc" => ("ConfigMapId", "ConfigMapName", id => world.FindConfigMap(id)?.Name),
            "SecretMountDesc" => ("SecretId", "SecretName", (Func<long, string?>)(id => world.FindSecret(id)?.Name)),
            _ => ("", "", _ => null),
        };
        if (idName.Length == 0 || value.GetArrayLength() == 0)
        {
            return value;
        }

        JsonArray mounts = JsonNode.Parse(value.GetRawText())!.AsArray();
        foreach (JsonObject mount in mounts.OfType<JsonObject>())
        {
            string? name = mount[idName] is JsonValue id && id.TryGetValue(out long number) ? lookUp(number) : null;
            mount[nameName] = name ?? "";
        }

        return JsonSerializer.SerializeToElement(mounts);
    }
}
