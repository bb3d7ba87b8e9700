using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>
/// DeployApplication: what to run (an image, or a package and its version), how to roll it out, and any other
/// official parameter, each placed where the SDK puts it (most in the query, a few in the form body) and checked
/// against the API catalog before anything is sent.
/// </summary>
internal static class DeployApplicationCall
{
    /// <summary>The parameters the cmdlet sets by name; -Parameter may not set them again.</summary>
    private static readonly string[] Named =
        { "AppId", "ImageUrl", "PackageUrl", "PackageVersion", "PackageType", "ChangeOrderDesc", "UpdateStrategy", "BatchWaitTime", "MinReadyInstances", "MinReadyInstanceRatio" };

    public static ApiRequest Request(ServiceLocation location, AppTarget target, DeploySpec spec)
    {
        ApiDefinition definition = ApiCatalog.Find(SaeApi.DeployApplication.Action)
            ?? throw new InvalidOperationException("The API catalog has no DeployApplication.");
        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, object?> extra in spec.Extra)
        {
            given[extra.Key] = extra.Value;
        }

        given["AppId"] = target.AppId;
        Set(given, "ImageUrl", spec.ImageUrl);
        Set(given, "PackageUrl", spec.PackageUrl);
        Set(given, "PackageVersion", spec.PackageVersion);
        Set(given, "PackageType", spec.PackageType);
        Set(given, "ChangeOrderDesc", spec.Description);
        Set(given, "UpdateStrategy", spec.Strategy.UpdateStrategyJson());
        Set(given, "BatchWaitTime", spec.Strategy.BatchWaitTimeSeconds);
        Set(given, "MinReadyInstances", spec.Strategy.MinReadyInstances);
        Set(given, "MinReadyInstanceRatio", spec.Strategy.MinReadyInstanceRatio);

        // The request goes out as the module's own DeployApplication, with what the outcome check needs to know.
        ApiRequest request = ApiCallBuilder.Build(definition, given, location, SaeApi.DeployApplication);
        request.NamespaceId = target.NamespaceId;
        request.AppIds = new[] { target.AppId };
        return request;
    }

    /// <summary>A -Parameter entry that names a parameter the cmdlet sets itself, or null when there is none.</summary>
    public static string? Conflict(IReadOnlyDictionary<string, object?> extra) =>
        extra.Keys.FirstOrDefault(key => Named.Contains(key, StringComparer.OrdinalIgnoreCase));

    /// <summary>Checks -Parameter against the catalog before any call: names, types and placement, as the builder will.</summary>
    public static void Check(IReadOnlyDictionary<string, object?> extra)
    {
        // Only built, never sent: where it would go does not matter.
        var location = new ServiceLocation(new Uri("https://sae.invalid/"), null, "a check before any call", null);
        ApiDefinition definition = ApiCatalog.Find(SaeApi.DeployApplication.Action)!;
        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["AppId"] = "check" };
        foreach (KeyValuePair<string, object?> pair in extra)
        {
            given[pair.Key] = pair.Value;
        }

        ApiCallBuilder.Build(definition, given, location);
    }

    private static void Set(Dictionary<string, object?> given, string name, object? value)
    {
        if (value != null)
        {
            given[name] = value;
        }
    }
}
