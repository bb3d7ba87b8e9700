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
/// Creating, changing and deleting an ingress through the one never-twice loop (<see cref="SendOnce"/>): a lost answer is looked up in the
/// namespace's ingresses, every page of them (<see cref="NamespaceObjectChanges"/>): gone means done; still there, that
/// the delete did not arrive.
/// </summary>
internal static class IngressChanges
{
    private const string Noun = "ingress";

    /// <summary>The most pages a look-up reads: a namespace listing more is a look-up failure, so "outcome unknown".</summary>
    public const int MaximumPages = 100;

    public static Task<SaeIngress> DeleteAsync(SaeClient client, ServiceLocation location, SaeIngress ingress, CancellationToken cancellationToken) =>
        NamespaceObjectChanges.DeleteAsync(client, IngressCalls.Delete(location, ingress), Noun, ingress.Name, ingress.IngressId, ingress,
            async token => Named(await ListAllAsync(client, location, ingress.NamespaceId, token).ConfigureAwait(false)), cancellationToken);

    /// <summary>
    /// CreateIngress: the new ingress's id. A lost answer is looked up in the namespace's ingresses, every page: of
    /// those not there before the send (<paramref name="before"/>), exactly one on the listener and with what was given
    /// (the load balancer, the description) is ours; none means it did not arrive; more is unknown.
    /// </summary>
    public static Task<long> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, IngressSpec spec, IReadOnlyCollection<long> before, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, IngressCalls.Create(location, namespaceId, spec), "a new ingress in " + namespaceId,
            (response, sentAt) => Json.JsonRead.Long(response.Data, "IngressId") is long id and > 0 ? id : throw NoId(response, namespaceId, location, sentAt),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeCreated(await ListAllAsync(client, location, namespaceId, token).ConfigureAwait(false), spec, before, namespaceId),
                "looking it up", token),
            id => Noun + " " + id, cancellationToken);

    /// <summary>Of the namespace's ingresses now: the verdict on a create of <paramref name="spec"/>, given those there before it.</summary>
    internal static OutcomeVerdict<long> JudgeCreated(IReadOnlyList<SaeIngress> now, IngressSpec spec, IReadOnlyCollection<long> before, string namespaceId)
    {
        List<SaeIngress> ours = now.Where(i => !before.Contains(i.IngressId) && i.ListenerPort == spec.ListenerPort
            && (spec.LoadBalancerId is null || i.LoadBalancerId == spec.LoadBalancerId)
            && (spec.Description is null || i.Description == spec.Description)).ToList();
        return ours.Count switch
        {
            0 => OutcomeVerdict<long>.DidNotTakeEffect("namespace " + namespaceId + " has no new ingress on port " + spec.ListenerPort),
            1 => OutcomeVerdict<long>.TookEffect(ours[0].IngressId),
            _ => OutcomeVerdict<long>.Unknown("namespace " + namespaceId + " has " + ours.Count + " new ingresses on port " + spec.ListenerPort),
        };
    }

    /// <summary>UpdateIngress of what differs; a lost answer is read back (DescribeIngress): all as sent took effect, else unknown.</summary>
    public static Task<SaeIngress> UpdateAsync(SaeClient client, ServiceLocation location, SaeIngress current, IngressSpec differing, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, IngressCalls.Update(location, current, differing), Noun + " " + current.Name,
            (_, __) => current,
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(IngressCalls.Describe(location, current.IngressId, current.NamespaceId), token).ConfigureAwait(false);
                    SaeIngress after = IngressCalls.ParseOne(read, current.NamespaceId, location);
                    return differing.Holds(after) ? OutcomeVerdict<SaeIngress>.TookEffect(after)
                        : OutcomeVerdict<SaeIngress>.Unknown("the ingress " + current.IngressId + " is not as sent");
                },
                "reading it back", token),
            found => Noun + " " + found.IngressId + " is as sent", cancellationToken);

    /// <summary>A delete looked up: gone from its namespace means it took effect; still there, that it did not.</summary>
    internal static OutcomeVerdict<SaeIngress> JudgeDeleted(IReadOnlyList<SaeIngress> ingresses, SaeIngress deleted) =>
        NamespaceObjectChanges.JudgeDeleted(Named(ingresses), Noun, deleted.Name, deleted.IngressId, deleted);

    private static async Task<IReadOnlyList<SaeIngress>> ListAllAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken)
    {
        var pager = new Pager<SaeIngress>(client, (page, size) => IngressCalls.List(location, namespaceId, null, page, size),
            response => IngressCalls.ParsePage(response, namespaceId, location), i => i.IngressId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IngressCalls.PageSizes, MaximumPages);
        IReadOnlyList<SaeIngress> all = await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        return pager.ReachedBound ? throw pager.BoundError() : all;
    }

    private static SaeOutcomeUnknownException NoId(ApiResponse response, string namespaceId, ServiceLocation location, DateTimeOffset sentAt) =>
        new SaeOutcomeUnknownException("CreateIngress", "a new ingress of namespace " + namespaceId, "Look at the namespace's ingresses (Get-SaeIngress -NamespaceId " + namespaceId + ") before trying again.",
            response.ClientRequestId, "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without an IngressId", SaeErrorCategory.InvalidResult, sentAt, null)
            .MarkClaimedSuccess();

    /// <summary>Every ingress of the namespace (every page), for a look-up and for what was there before a create.</summary>
    internal static Task<IReadOnlyList<SaeIngress>> AllAsync(SaeClient client, ServiceLocation location, string namespaceId, CancellationToken cancellationToken) =>
        ListAllAsync(client, location, namespaceId, cancellationToken);

    // The listing answers no creation time that a delete needs; the id decides.
    private static IEnumerable<NamedObject> Named(IEnumerable<SaeIngress> ingresses) => ingresses.Select(i => new NamedObject(i.IngressId, i.Name, null));
}
