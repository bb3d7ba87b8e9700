using System;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// Every SAE API with its parameters, written by the build from the official surface (data/sae-api-surface.json;
/// ApiCatalog.g.cs, SaePowerShell.Generators). Made on first use: importing the module, and every cmdlet that does
/// not need it, never pays for it.
/// </summary>
internal static partial class ApiCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, ApiDefinition>> Lazy = new Lazy<IReadOnlyDictionary<string, ApiDefinition>>(Load);

    public static IReadOnlyDictionary<string, ApiDefinition> Apis => Lazy.Value;

    public static ApiDefinition? Find(string action) =>
        Apis.TryGetValue(action, out ApiDefinition? exact) ? exact : Apis.Values.FirstOrDefault(a => string.Equals(a.Action, action, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names nearest to one that is not there, for "did you mean" (edit distance, then a shared prefix).</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> names, int count = 3) =>
        names.Select(n => (Name: n, Distance: EditDistance.Of(wanted.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count).Select(c => c.Name).ToList();
}
