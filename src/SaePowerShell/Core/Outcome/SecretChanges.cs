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
/// Creating, changing and deleting a secret, each through the one never-twice loop (<see cref="SendOnce"/>) with the
/// evidence the cmdlet table names for it. A create is looked up by name and a delete looked up, in the namespace's
/// ListSecrets (<see cref="NamespaceObjectChanges"/>). A change is read back (DescribeSecret): the new data there,
/// where the old differed, means it took effect; anything else is "outcome unknown", never a resend, since a secret
/// someone else changed meanwhile would be overwritten. No reason or message here holds a value, only keys.
/// </summary>
internal static class SecretChanges
{
    private const string Noun = "secret";

    public static async Task<SaeSecret> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, string name, SecretPayload payload, CancellationToken cancellationToken)
    {
        long? id = await NamespaceObjectChanges.CreateAsync(client, SecretCalls.Create(location, namespaceId, name, payload), Noun, namespaceId, name,
            SecretCalls.ParseCreatedId, token => ListAsync(client, location, namespaceId, token), cancellationToken).ConfigureAwait(false);
        return new SaeSecret
        {
            SecretId = id ?? 0,
            Name = name,
            NamespaceId = namespaceId,
            SecretType = payload.Type,
            RegionId = RegionIds.Of(namespaceId, location),
            Keys = payload.Keys,
        };
    }

    public static Task<SaeSecret> UpdateAsync(SaeClient client, ServiceLocation location, SaeSecret current, SecretPayload payload, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, SecretCalls.Update(location, current, payload), Noun + " " + current.Name,
            (_, __) => With(current, payload),
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(SecretCalls.Describe(location, current.SecretId, current.NamespaceId), token).ConfigureAwait(false);
                    return JudgeUpdated(current, SecretCalls.ParseOne(read, current.NamespaceId, location), payload);
                },
                "reading it back", token),
            found => With(found, payload), found => "secret " + found.Name + " holds the data wanted", cancellationToken);

    /// <summary>
    /// A change read back: the data as wanted, where the data before (<paramref name="before"/>) was not, means it took
    /// effect; anything else cannot tell (someone else's change, or ours not yet there), so it is unknown, never "did not".
    /// </summary>
    internal static OutcomeVerdict<SaeSecret> JudgeUpdated(SaeSecret before, SaeSecret read, SecretPayload payload)
    {
        bool wantedNow = Same(read.Encoded, payload.Encoded);
        bool differedBefore = before.Encoded != null && !Same(before.Encoded, payload.Encoded);
        return wantedNow && differedBefore
            ? OutcomeVerdict<SaeSecret>.TookEffect(read)
            : OutcomeVerdict<SaeSecret>.Unknown(wantedNow
                ? "the secret " + read.Name + " held that data before the call too"
                : "the secret " + read.Name + " does not hold the data sent (keys " + string.Join(", ", read.Keys) + ")");
    }

    public static Task<SaeSecret> DeleteAsync(SaeClient client, ServiceLocation location, SaeSecret secret, CancellationToken cancellationToken) =>
        NamespaceObjectChanges.DeleteAsync(client, SecretCalls.Delete(location, secret), Noun, secret.Name, secret.SecretId, secret,
            token => ListAsync(client, location, secret.NamespaceId, token), cancellationToken);

    /// <summary>Whether two SecretData (base64 values by key) are the same; an unread one is the same as none.</summary>
    public static bool Same(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string> b) =>
        a != null && a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out string? value) && string.Equals(value, p.Value, StringComparison.Ordinal));

    private static async Task<IEnumerable<NamedObject>> ListAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(SecretCalls.List(location, namespaceId), cancellationToken).ConfigureAwait(false);
        return SecretCalls.ParseList(response, namespaceId, location).Select(s => new NamedObject(s.SecretId, s.Name, s.CreateTime));
    }

    private static SaeSecret With(SaeSecret current, SecretPayload payload) => new SaeSecret
    {
        SecretId = current.SecretId,
        Name = current.Name,
        NamespaceId = current.NamespaceId,
        RegionId = current.RegionId,
        SecretType = current.SecretType,
        RelateApps = current.RelateApps,
        CreateTime = current.CreateTime,
        UpdateTime = current.UpdateTime,
        Keys = payload.Keys,
    };
}
