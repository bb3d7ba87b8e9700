using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// What a call of any API acts on, from the surface alone: the thing its name says (CreateConfigMap: a config map),
/// named by the identifying parameters given (those ending in Id, Ids or Name), and the read API that shows it. So a
/// confirmation and an "outcome unknown" name the config map, the namespace or the instance, not "every application".
/// </summary>
internal static class ApiTargets
{
    private static readonly Regex Words = new Regex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", RegexOptions.CultureInvariant);

    public static CallTarget Of(ApiDefinition api, IReadOnlyDictionary<string, object?> given)
    {
        string noun = NounOf(api.Action);
        List<string> ids = api.Parameters
            .Where(p => IsIdentifying(p.Name))
            .Select(p => (p.Name, Value: given.FirstOrDefault(g => string.Equals(g.Key, p.Name, StringComparison.OrdinalIgnoreCase)).Value))
            .Where(p => p.Value != null)
            .Select(p => p.Name + " " + ParameterText.Of(p.Value!))
            .ToList();
        string words = noun.Length == 0 ? api.Action : string.Join(" ", Words.Split(noun).Select(w => w.Length > 1 && w.ToUpperInvariant() == w ? w : w.ToLowerInvariant()));
        string description = "the " + words + (ids.Count == 0 ? string.Empty : " with " + string.Join(", ", ids));
        return new CallTarget(description, where => HowToCheck(api, noun, given, where));
    }

    /// <summary>The parameters that say which thing a call is about, as opposed to how.</summary>
    internal static bool IsIdentifying(string name) =>
        name != "RegionId" && (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal) || name.EndsWith("Name", StringComparison.Ordinal));

    /// <summary>The action without its verb: CreateConfigMap gives ConfigMap, BindSlb gives Slb.</summary>
    internal static string NounOf(string action)
    {
        // BatchStartApplications: the batch's verb is the second word.
        Match verb = Regex.Match(action, "^(Batch)?[A-Z][a-z]+", RegexOptions.CultureInvariant);
        return verb.Success ? action.Substring(verb.Length) : action;
    }

    private static string HowToCheck(ApiDefinition api, string noun, IReadOnlyDictionary<string, object?> given, string where)
    {
        if (given.FirstOrDefault(g => string.Equals(g.Key, "AppId", StringComparison.OrdinalIgnoreCase)).Value is object appId)
        {
            return "Check the application (Get-SaeApplication" + where + ", and its last change order: Get-SaeChangeOrder -AppId " + ParameterText.Of(appId) + where + ") before trying again.";
        }

        string? read = ReadFor(api.Action, noun);
        return read is null
            ? "Look at it in the SAE console before trying again."
            : "Look at it (Invoke-SaeApi " + read + where + ") before trying again.";
    }

    /// <summary>The read that shows what an action acts on: Describe, Get or List of its noun, else the shortest read that names it.</summary>
    internal static string? ReadFor(string action, string noun)
    {
        if (noun.Length == 0)
        {
            return null;
        }

        IReadOnlyDictionary<string, ApiDefinition> apis = ApiCatalog.Apis;
        foreach (string candidate in new[] { "Describe" + noun, "Get" + noun, "List" + noun + "s", "Describe" + noun + "s", "Query" + noun })
        {
            if (apis.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return apis.Values
            .Where(a => a.Action != action && !a.Acts && ApiEffects.NameSaysRead(a.Action) && a.Action.IndexOf(noun, StringComparison.Ordinal) >= 0)
            .OrderBy(a => a.Action.Length).ThenBy(a => a.Action, StringComparer.Ordinal)
            .Select(a => a.Action)
            .FirstOrDefault();
    }
}
