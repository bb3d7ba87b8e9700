using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>What a look-up of a namespace's objects (config maps, secrets) shows of each: its id, name and creation time.</summary>
internal sealed record NamedObject(long Id, string Name, DateTimeOffset? CreateTime);

/// <summary>
/// The create and delete of a namespace's object (a config map, a secret), each through the one never-twice loop
/// (<see cref="SendOnce"/>), with the namespace's objects listed as evidence. A create is looked up by name: exactly one
/// object of that name made around our send is ours; none means the create did not arrive, and it is sent again; one
/// made well before, or several, leave it unknown. A delete is looked up: gone means done; still there, that it did not arrive.
/// </summary>
internal static class NamespaceObjectChanges
{
    /// <summary>Sends a create; the id SAE answered, or the one a look-up found to be ours.</summary>
    public static Task<long?> CreateAsync(SaeClient client, ApiRequest request, string noun, string namespaceId, string name, Func<ApiResponse, long?> parseId,
        Func<CancellationToken, Task<IEnumerable<NamedObject>>> list, CancellationToken cancellationToken) =>
        SendOnce.CallAsync<long?>(client, request, noun + " " + name,
            (response, _) => parseId(response),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeCreated(await list(token).ConfigureAwait(false), noun, namespaceId, name, sentAt),
                "looking it up", token),
            found => noun + " " + found, cancellationToken);

    /// <summary>Of the namespace's objects: the verdict on a create of <paramref name="name"/> sent at <paramref name="sentAt"/>.</summary>
    public static OutcomeVerdict<long?> JudgeCreated(IEnumerable<NamedObject> all, string noun, string namespaceId, string name, DateTimeOffset sentAt)
    {
        List<NamedObject> named = all.Where(o => string.Equals(o.Name, name, StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            return OutcomeVerdict<long?>.DidNotTakeEffect("namespace " + namespaceId + " has no " + noun + " named " + name);
        }

        if (named.Count > 1)
        {
            return OutcomeVerdict<long?>.Unknown("namespace " + namespaceId + " has " + named.Count + " " + noun + "s named " + name);
        }

        NamedObject only = named[0];
        if (only.CreateTime.HasValue && only.CreateTime.Value < sentAt - OutcomeCheck.Tolerance)
        {
            // Not ours by its time, yet SAE's times carry no zone: the project's rule leans to unknown, never a resend.
            return OutcomeVerdict<long?>.Unknown("the " + noun + " " + name + " (" + only.Id + ") was there before the call");
        }

        return OutcomeVerdict<long?>.TookEffect(only.Id);
    }

    /// <summary>Sends a delete of <paramref name="deleted"/> (whose id is <paramref name="id"/>); a lost answer is looked up.</summary>
    public static Task<T> DeleteAsync<T>(SaeClient client, ApiRequest request, string noun, string name, long id, T deleted,
        Func<CancellationToken, Task<IEnumerable<NamedObject>>> list, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, request, noun + " " + name,
            (_, __) => deleted,
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeDeleted(await list(token).ConfigureAwait(false), noun, name, id, deleted),
                "looking it up", token),
            _ => noun + " " + name + " is gone", cancellationToken);

    /// <summary>A delete looked up: gone from its namespace means it took effect; still there, that it did not.</summary>
    public static OutcomeVerdict<T> JudgeDeleted<T>(IEnumerable<NamedObject> all, string noun, string name, long id, T deleted) =>
        all.Any(o => o.Id == id)
            ? OutcomeVerdict<T>.DidNotTakeEffect("the " + noun + " " + name + " is still there")
            : OutcomeVerdict<T>.TookEffect(deleted);
}
