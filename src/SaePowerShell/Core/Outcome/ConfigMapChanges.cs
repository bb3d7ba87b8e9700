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
/// the evidence the cmdlet table names for it. A create is looked up by name: exactly one config map of that name
/// made around our send is ours; none means the create did not arrive; one made well before means it was there
/// already, so ours cannot have taken effect (sending again brings SAE's own refusal); several leave it unknown. A
/// change is read back: the data as wanted means it took effect, anything else is unknown. A delete is looked up: gone means done.
/// </summary>
internal static class ConfigMapChanges
{
    public static async Task<SaeConfigMap> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, string name, IReadOnlyDictionary<string, string> data, string? description, CancellationToken cancellationToken)
    {
        ApiRequest request = ConfigMapCalls.Create(location, namespaceId, name, data, description);
        long? id = await SendOnce.CallAsync<long?>(client, request, "config map " + name,
            (response, _) => ConfigMapCalls.ParseCreatedId(response),
            (sentAt, token) => LookUp.OrElse(
                async () => JudgeCreated(await ListAsync(client, location, namespaceId, token).ConfigureAwait(false), namespaceId, name, sentAt),
                failure => OutcomeVerdict<long?>.Unknown("looking it up failed: " + LookUp.Describe(failure)), token),
            found => found, found => "config map " + found, cancellationToken).ConfigureAwait(false);
        return new SaeConfigMap
        {
            ConfigMapId = id ?? 0,
            Name = name,
            NamespaceId = namespaceId,
            RegionId = RegionIds.FromNamespaceId(namespaceId) ?? location.RegionId ?? string.Empty,
            Description = string.IsNullOrEmpty(description) ? null : description,
            Data = ConfigMapCalls.Sorted(data),
        };
    }

    /// <summary>Of the namespace's config maps named <paramref name="name"/>: the verdict on a create sent at <paramref name="sentAt"/>.</summary>
    internal static OutcomeVerdict<long?> JudgeCreated(IReadOnlyList<SaeConfigMap> maps, string namespaceId, string name, DateTimeOffset sentAt)
    {
        List<SaeConfigMap> named = maps.Where(m => string.Equals(m.Name, name, StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            return OutcomeVerdict<long?>.DidNotTakeEffect("namespace " + namespaceId + " has no config map named " + name);
        }

        if (named.Count > 1)
        {
            return OutcomeVerdict<long?>.Unknown("namespace " + namespaceId + " has " + named.Count + " config maps named " + name);
        }

        SaeConfigMap only = named[0];
        if (only.CreateTime.HasValue && only.CreateTime.Value < sentAt - OutcomeCheck.Tolerance)
        {
            return OutcomeVerdict<long?>.DidNotTakeEffect("the config map " + name + " (" + only.ConfigMapId + ") was there before the call");
        }

        return OutcomeVerdict<long?>.TookEffect(only.ConfigMapId);
    }

    public static Task<SaeConfigMap> UpdateAsync(SaeClient client, ServiceLocation location, SaeConfigMap current, IReadOnlyDictionary<string, string> data, string? description, CancellationToken cancellationToken)
    {
        ApiRequest request = ConfigMapCalls.Update(location, current, data, description);
        return SendOnce.CallAsync(client, request, "config map " + current.Name,
            (_, __) => With(current, data, description),
            (sentAt, token) => LookUp.OrElse(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(ConfigMapCalls.Describe(location, current.ConfigMapId, current.NamespaceId), token).ConfigureAwait(false);
                    return JudgeUpdated(ConfigMapCalls.ParseOne(read, current.NamespaceId, location), data, description);
                },
                failure => OutcomeVerdict<SaeConfigMap>.Unknown("reading it back failed: " + LookUp.Describe(failure)), token),
            found => found, found => "config map " + found.Name + " holds the data wanted", cancellationToken);
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

    public static Task<SaeConfigMap> DeleteAsync(SaeClient client, ServiceLocation location, SaeConfigMap configMap, CancellationToken cancellationToken)
    {
        ApiRequest request = ConfigMapCalls.Delete(location, configMap);
        return SendOnce.CallAsync(client, request, "config map " + configMap.Name,
            (_, __) => configMap,
            (sentAt, token) => LookUp.OrElse(
                async () => JudgeDeleted(await ListAsync(client, location, configMap.NamespaceId, token).ConfigureAwait(false), configMap),
                failure => OutcomeVerdict<SaeConfigMap>.Unknown("looking it up failed: " + LookUp.Describe(failure)), token),
            found => found, found => "config map " + found.Name + " is gone", cancellationToken);
    }

    /// <summary>A delete looked up: gone from its namespace means it took effect; still there, that it did not.</summary>
    internal static OutcomeVerdict<SaeConfigMap> JudgeDeleted(IReadOnlyList<SaeConfigMap> maps, SaeConfigMap deleted) =>
        maps.Any(m => m.ConfigMapId == deleted.ConfigMapId)
            ? OutcomeVerdict<SaeConfigMap>.DidNotTakeEffect("the config map " + deleted.Name + " is still there")
            : OutcomeVerdict<SaeConfigMap>.TookEffect(deleted);

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
