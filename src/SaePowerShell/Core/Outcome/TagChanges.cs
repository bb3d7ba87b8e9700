using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Tagging and untagging applications, each call through the one never-twice loop (<see cref="SendOnce"/>) with the
/// evidence the cmdlet table names. A tag call is read back: every application showing every wanted tag with its value
/// means the wanted state holds, and since TagResources only sets those values, nothing else it could have done is
/// left unknown. An untag call is looked up: every key gone means it took effect. Anything else is "outcome unknown",
/// never a resend: a tag call still on its way would land after the read.
/// </summary>
internal static class TagChanges
{
    public static Task<IReadOnlyList<string>> TagAsync(SaeClient client, ServiceLocation location, IReadOnlyList<string> resourceIds, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, TagCalls.Tag(location, resourceIds, tags), Subject(resourceIds),
            (_, __) => resourceIds,
            (sentAt, token) => LookUp.OrElse(
                async () => JudgeTagged(await ListAsync(client, location, resourceIds, token).ConfigureAwait(false), resourceIds, tags),
                failure => OutcomeVerdict<IReadOnlyList<string>>.Unknown("reading the tags back failed: " + LookUp.Describe(failure)), token),
            _ => "the tags read back as wanted", cancellationToken);

    public static Task<IReadOnlyList<string>> UntagAsync(SaeClient client, ServiceLocation location, IReadOnlyList<string> resourceIds, IReadOnlyList<string>? keys, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, TagCalls.Untag(location, resourceIds, keys), Subject(resourceIds),
            (_, __) => resourceIds,
            (sentAt, token) => LookUp.OrElse(
                async () => JudgeUntagged(await ListAsync(client, location, resourceIds, token).ConfigureAwait(false), resourceIds, keys),
                failure => OutcomeVerdict<IReadOnlyList<string>>.Unknown("looking the tags up failed: " + LookUp.Describe(failure)), token),
            _ => "the tags are gone", cancellationToken);

    /// <summary>The tags read back after a lost TagResources: all as wanted, it took effect; otherwise it cannot be told.</summary>
    internal static OutcomeVerdict<IReadOnlyList<string>> JudgeTagged(IReadOnlyList<SaeResourceTag> read, IReadOnlyList<string> resourceIds, IReadOnlyDictionary<string, string> tags)
    {
        string[] lacking = resourceIds.Where(id => tags.Any(t => !read.Any(r => r.ResourceId == id && r.Key == t.Key && (r.Value ?? string.Empty) == t.Value))).ToArray();
        return lacking.Length == 0
            ? OutcomeVerdict<IReadOnlyList<string>>.TookEffect(resourceIds)
            : OutcomeVerdict<IReadOnlyList<string>>.Unknown(Describe(lacking) + " not show the tags wanted");
    }

    /// <summary>The tags looked up after a lost UntagResources (every tag when <paramref name="keys"/> is null): all gone, it took effect.</summary>
    internal static OutcomeVerdict<IReadOnlyList<string>> JudgeUntagged(IReadOnlyList<SaeResourceTag> read, IReadOnlyList<string> resourceIds, IReadOnlyList<string>? keys)
    {
        string[] still = resourceIds.Where(id => read.Any(r => r.ResourceId == id && (keys is null || keys.Contains(r.Key)))).ToArray();
        return still.Length == 0
            ? OutcomeVerdict<IReadOnlyList<string>>.TookEffect(resourceIds)
            : OutcomeVerdict<IReadOnlyList<string>>.Unknown(Describe(still) + " still carry tags that were to go");
    }

    /// <summary>Every tag of these applications: each page of ListTagResources, in turn.</summary>
    public static async Task<IReadOnlyList<SaeResourceTag>> ListAsync(SaeClient client, ServiceLocation location, IReadOnlyList<string> resourceIds, CancellationToken cancellationToken)
    {
        var all = new List<SaeResourceTag>();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            ApiResponse response = await client.SendAsync(TagCalls.List(location, resourceIds, token), cancellationToken).ConfigureAwait(false);
            (IReadOnlyList<SaeResourceTag> tags, string? next) = TagCalls.ParseList(response, location);
            all.AddRange(tags);
            // A token that comes back again would page forever: the listing stops there.
            token = next != null && tokens.Add(next) ? next : null;
        }
        while (token != null);

        return all;
    }

    private static string Subject(IReadOnlyList<string> resourceIds) => resourceIds.Count == 1 ? "application " + resourceIds[0] : resourceIds.Count + " applications";

    private static string Describe(string[] ids) => (ids.Length == 1 ? "application " + ids[0] + " does" : "applications " + string.Join(", ", ids) + " do");
}
