using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// Every SAE API with its parameters, written by the build from the official surface (data/sae-api-surface.json;
/// ApiCatalog.g.cs, SaePowerShell.Generators). Each API's definition is made on its first use, so importing the
/// module never pays for the catalog, and a command pays only for the APIs it calls; the whole list (Invoke-SaeApi's
/// "did you mean", completion) is made when asked for.
/// </summary>
internal static partial class ApiCatalog
{
    private static readonly ConcurrentDictionary<string, ApiDefinition> Defined = new ConcurrentDictionary<string, ApiDefinition>(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyDictionary<string, ApiDefinition>> All = new Lazy<IReadOnlyDictionary<string, ApiDefinition>>(
        () => SaeApi.All.Keys.ToDictionary(action => action, action => Exact(action)!, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, ApiDefinition> Apis => All.Value;

    /// <summary>An API by its action name, in any case; null when SAE has none of that name.</summary>
    public static ApiDefinition? Find(string action) =>
        Exact(action) ?? Apis.Values.FirstOrDefault(a => string.Equals(a.Action, action, StringComparison.OrdinalIgnoreCase));

    // One instance per API, whichever way it is reached (Find or Apis): a definition knows its SaeApi, and tests compare them.
    private static ApiDefinition? Exact(string action) =>
        Defined.TryGetValue(action, out ApiDefinition? known) ? known
        : Define(action) is ApiDefinition made ? Defined.GetOrAdd(action, made) : null;

    /// <summary>The names nearest to one that is not there, for "did you mean" (edit distance, then a shared prefix).</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> names, int count = 3) =>
        names.Select(n => (Name: n, Distance: EditDistance.Of(wanted.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count).Select(c => c.Name).ToList();
}
