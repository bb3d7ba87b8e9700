using System;
using System.Collections.Generic;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Core.Batching;

/// <summary>
/// The one planner of the calls the verbs make, keyed two ways. By namespace (the batch verbs): the applications a user
/// named become the fewest batch calls, one per namespace, split only when the AppIds parameter would grow past what a
/// URL comfortably carries. By application (the changes that take one call per application): see <see cref="ApplicationPlan"/>.
/// </summary>
internal static class Planner
{
    /// <summary>Encoded length of the AppIds value above which a group is split (about 75 GUID ids); SAE documents no cap.</summary>
    public const int DefaultMaxEncodedAppIdsLength = 3072;

    private const int EncodedCommaLength = 3;

    /// <summary>Inputs naming one application share its one call, in the order the applications first came.</summary>
    public static ApplicationPlan ByApplication(bool mergesItems) => new ApplicationPlan(mergesItems);

    /// <summary>The batch calls for <paramref name="targets"/>: deduplicated, one group per region and namespace, an application given with two namespaces refused.</summary>
    public static BatchPlan ByNamespace(IReadOnlyList<AppTarget> targets, int maxEncodedAppIdsLength = DefaultMaxEncodedAppIdsLength)
    {
        var rejections = new List<Rejection>();
        HashSet<string> conflicting = FindAppsInSeveralNamespaces(targets);

        var groupsByKey = new Dictionary<string, List<AppTarget>>(StringComparer.Ordinal);
        var keyOrder = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int duplicates = 0;

        foreach (AppTarget target in targets)
        {
            if (conflicting.Contains(target.AppId))
            {
                rejections.Add(new Rejection(target, "ConflictingNamespace",
                    "Application '" + target.AppId + "' was given with more than one namespace; it was not sent, because SAE would reject its whole batch. Give each application once, with its own namespace."));
                continue;
            }

            string key = (target.RegionId ?? string.Empty) + "|" + target.NamespaceId;
            if (!seen.Add(key + "|" + target.AppId))
            {
                duplicates++;
                continue;
            }

            if (!groupsByKey.TryGetValue(key, out List<AppTarget>? members))
            {
                members = new List<AppTarget>();
                groupsByKey.Add(key, members);
                keyOrder.Add(key);
            }

            members.Add(target);
        }

        var groups = new List<BatchGroup>();
        foreach (string key in keyOrder)
        {
            foreach (List<AppTarget> chunk in Split(groupsByKey[key], maxEncodedAppIdsLength))
            {
                groups.Add(new BatchGroup(groups.Count, chunk[0].NamespaceId, chunk[0].RegionId, chunk));
            }
        }

        return new BatchPlan(groups, rejections, duplicates);
    }

    private static HashSet<string> FindAppsInSeveralNamespaces(IReadOnlyList<AppTarget> targets)
    {
        var namespaceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (AppTarget target in targets)
        {
            if (namespaceOf.TryGetValue(target.AppId, out string? first))
            {
                if (!string.Equals(first, target.NamespaceId, StringComparison.Ordinal))
                {
                    conflicting.Add(target.AppId);
                }
            }
            else
            {
                namespaceOf.Add(target.AppId, target.NamespaceId);
            }
        }

        return conflicting;
    }

    private static IEnumerable<List<AppTarget>> Split(List<AppTarget> members, int maxEncodedLength)
    {
        var chunk = new List<AppTarget>();
        int length = 0;
        foreach (AppTarget target in members)
        {
            int added = PercentEncoding.Encode(target.AppId).Length + (chunk.Count == 0 ? 0 : EncodedCommaLength);
            if (chunk.Count > 0 && length + added > maxEncodedLength)
            {
                yield return chunk;
                chunk = new List<AppTarget>();
                added -= EncodedCommaLength;
                length = 0;
            }

            chunk.Add(target);
            length += added;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
