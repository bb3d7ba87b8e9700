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
/// Creating, changing and deleting a config map, each through the one never-twice loop (<see cref="SendOnce"/>) with
/// the evidence the cmdlet table names for it. A create is looked up by name and a delete looked up, in the namespace's
/// config maps (<see cref="NamespaceObjectChanges"/>). A change is read back: the data as wanted means it took effect; anything else is unknown, never a resend.
/// </summary>
internal static class ConfigMapChanges
{
    private const string Noun = "config map";

    public static async Task<SaeConfigMap> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, string name, IReadOnlyDictionary<string, string> data, string? description, CancellationToken cancellationToken)
    {
        long? id = await NamespaceObjectChanges.CreateAsync(client, ConfigMapCalls.Create(location, namespaceId, name, data, description), Noun, namespaceId, name,
            ConfigMapCalls.ParseCreatedId, async token => Named(await ListAsync(client, location, namespaceId, token).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
        return new SaeConfigMap
        {
            ConfigMapId = id ?? 0,
            Name = name,
            NamespaceId = namespaceId,
            RegionId = RegionIds.Of(namespaceId, location),
            Description = string.IsNullOrEmpty(description) ? null : description,
            Data = ConfigMapCalls.Sorted(data),
        };
    }

    /// <summary>Of the namespace's config maps named <paramref name="name"/>: the verdict on a create sent at <paramref name="sentAt"/>.</summary>
    internal static OutcomeVerdict<long?> JudgeCreated(IReadOnlyList<SaeConfigMap> maps, string namespaceId, string name, DateTimeOffset sentAt) =>
        NamespaceObjectChanges.JudgeCreated(Named(maps), Noun, namespaceId, name, sentAt);

    public static Task<SaeConfigMap> UpdateAsync(SaeClient client, ServiceLocation location, SaeConfigMap current, IReadOnlyDictionary<string, string> data, string? description, CancellationToken cancellationToken)
    {
        ApiRequest request = ConfigMapCalls.Update(location, current, data, description);
        return SendOnce.CallAsync(client, request, "config map " + current.Name,
            (_, __) => With(current, data, description),
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(ConfigMapCalls.Describe(location, current.ConfigMapId, current.NamespaceId), token).ConfigureAwait(false);
                    return JudgeUpdated(ConfigMapCalls.ParseOne(read, current.NamespaceId, location), data, description);
                },
                "reading it back", token),
            found => "config map " + found.Name + " holds the data wanted", cancellationToken);
    }

    /// <summary>
    /// A change read back: the data (and description, when one was given) as wanted means it took effect (it is only
    /// sent when something differs). Anything else is unknown, never a resend: a change may land late, and sending it
    /// again could undo someone else's.
    /// </summary>
    internal static OutcomeVerdict<SaeConfigMap> JudgeUpdated(SaeConfigMap read, IReadOnlyDictionary<string, string> data, string? description)
    {
        bool dataAsWanted = SameData(read.Data, data);
        bool descriptionAsWanted = description is null || string.Equals(read.Description ?? string.Empty, description, StringComparison.Ordinal);
        return dataAsWanted && descriptionAsWanted
            ? OutcomeVerdict<SaeConfigMap>.TookEffect(read)
            : OutcomeVerdict<SaeConfigMap>.Unknown("the config map " + read.Name + " does not hold the data wanted");
    }

    public static Task<SaeConfigMap> DeleteAsync(SaeClient client, ServiceLocation location, SaeConfigMap configMap, CancellationToken cancellationToken) =>
        NamespaceObjectChanges.DeleteAsync(client, ConfigMapCalls.Delete(location, configMap), Noun, configMap.Name, configMap.ConfigMapId, configMap,
            async token => Named(await ListAsync(client, location, configMap.NamespaceId, token).ConfigureAwait(false)), cancellationToken);

    /// <summary>A delete looked up: gone from its namespace means it took effect; still there, that it did not.</summary>
    internal static OutcomeVerdict<SaeConfigMap> JudgeDeleted(IReadOnlyList<SaeConfigMap> maps, SaeConfigMap deleted) =>
        NamespaceObjectChanges.JudgeDeleted(Named(maps), Noun, deleted.Name, deleted.ConfigMapId, deleted);

    private static IEnumerable<NamedObject> Named(IEnumerable<SaeConfigMap> maps) => maps.Select(m => new NamedObject(m.ConfigMapId, m.Name, m.CreateTime));

    public static bool SameData(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out string? value) && string.Equals(value, p.Value, StringComparison.Ordinal));

    private static async Task<IReadOnlyList<SaeConfigMap>> ListAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(ConfigMapCalls.List(location, namespaceId), cancellationToken).ConfigureAwait(false);
        return ConfigMapCalls.ParseList(response, namespaceId, location);
    }

    private static SaeConfigMap With(SaeConfigMap current, IReadOnlyDictionary<string, string> data, string? description) => new SaeConfigMap
    {
        ConfigMapId = current.ConfigMapId,
        Name = current.Name,
        NamespaceId = current.NamespaceId,
        RegionId = current.RegionId,
        Description = description ?? current.Description,
        Data = ConfigMapCalls.Sorted(data),
        RelateApps = current.RelateApps,
        CreateTime = current.CreateTime,
        UpdateTime = current.UpdateTime,
    };
}
