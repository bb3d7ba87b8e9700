using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// Every SAE API, from the official surface the build zipped into the assembly (data/sae-api-surface.json). Read on
/// first use: importing the module, and every cmdlet that does not need it, never pays for it.
/// </summary>
internal static class ApiCatalog
{
    private const string ResourceName = "SaeApiCatalog.zip";

    private static readonly Lazy<IReadOnlyDictionary<string, ApiDefinition>> Lazy = new Lazy<IReadOnlyDictionary<string, ApiDefinition>>(Load);

    public static IReadOnlyDictionary<string, ApiDefinition> Apis => Lazy.Value;

    public static ApiDefinition? Find(string action) =>
        Apis.TryGetValue(action, out ApiDefinition? exact) ? exact : Apis.Values.FirstOrDefault(a => string.Equals(a.Action, action, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names nearest to one that is not there, for "did you mean" (edit distance, then a shared prefix).</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> names, int count = 3) =>
        names.Select(n => (Name: n, Distance: EditDistance.Of(wanted.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count).Select(c => c.Name).ToList();

    private static IReadOnlyDictionary<string, ApiDefinition> Load()
    {
        using (Stream? resource = typeof(ApiCatalog).Assembly.GetManifestResourceStream(ResourceName))
        using (var zip = new ZipArchive(resource ?? throw new InvalidOperationException("The API catalog " + ResourceName + " is not in the assembly."), ZipArchiveMode.Read))
        using (var reader = new StreamReader(zip.Entries.Single().Open()))
        {
            JObject surface = (JObject)JsonRead.Parse(reader.ReadToEnd());
            var apis = new Dictionary<string, ApiDefinition>(StringComparer.Ordinal);
            foreach (JObject api in ((JArray)surface["apis"]!).OfType<JObject>())
            {
                var parameters = ((JArray?)api["requestParams"] ?? new JArray()).OfType<JObject>().Select(p => new ApiParameter(
                    (string)p["name"]!, (string)p["in"]!, (string)p["type"]!, (bool?)p["required"] == true,
                    (string?)p["serialization"] == "json", (bool?)p["wholeBody"] == true)).ToList();
                string action = (string)api["action"]!;
                bool answersWithData = ((JArray?)api["responseFields"] ?? new JArray()).OfType<JObject>().Any(f => (string?)f["name"] == "Data");
                apis[action] = new ApiDefinition(action, (string)api["method"]!, (string)api["path"]!, (string?)api["reqBodyType"] ?? "json", parameters, answersWithData);
            }

            return apis;
        }
    }
}
