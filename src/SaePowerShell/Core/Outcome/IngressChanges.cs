using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Deleting an ingress through the one never-twice loop (<see cref="SendOnce"/>): a lost answer is looked up in the
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

    // The listing answers no creation time that a delete needs; the id decides.
    private static IEnumerable<NamedObject> Named(IEnumerable<SaeIngress> ingresses) => ingresses.Select(i => new NamedObject(i.IngressId, i.Name, null));
}
