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
/// Creating an application through the one never-twice loop (<see cref="SendOnce"/>), with the evidence the table
/// names: a look-up by name. After a lost answer the namespace's applications of that name are listed: none means the
/// create did not arrive, and it is sent again. One is ours only when its CoCreateApp change order was made around our
/// send; one made earlier was there before (SAE refuses a second of a name), and that, like anything else, is unknown.
/// </summary>
internal static class ApplicationCreation
{
    /// <summary>The CoTypeCode of SAE's change order for a new application.</summary>
    public const string CreateTypeCode = "CoCreateApp";

    public static Task<SaeChangeOrder> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, string appName, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ApiRequest request = CreateApplicationCall.Request(location, namespaceId, appName, values);
        return SendOnce.CallAsync(client, request, "application '" + appName + "'",
            (response, sentAt) =>
            {
                (string? appId, string? changeOrderId) = CreateApplicationCall.Parse(response);
                return Order(changeOrderId ?? string.Empty, appId, namespaceId, location, sentAt);
            },
            (sentAt, token) => LookUp.Verdict(() => ResolveAsync(client, location, namespaceId, appName, sentAt, token),
                "looking it up", token),
            found => Order(found.ChangeOrderId, found.AppId, namespaceId, location, found.CreateTime ?? client.Clock.UtcNow, found), found => "application " + found.AppId + " (change order " + found.ChangeOrderId + ")", cancellationToken);
    }

    private static async Task<OutcomeVerdict<SaeChangeOrder>> ResolveAsync(SaeClient client, ServiceLocation location, string namespaceId, string appName, DateTimeOffset sentAt, CancellationToken token)
    {
        ApiResponse listed = await client.SendAsync(ListApplicationsCall.Request(location, namespaceId, appName, null, 1, ListApplicationsCall.PageSizes[ListApplicationsCall.PageSizes.Count - 1]), token).ConfigureAwait(false);
        List<SaeApplication> named = ListApplicationsCall.Parse(listed).Items
            .Where(a => string.Equals(a.AppName, appName, StringComparison.Ordinal) && string.Equals(a.NamespaceId ?? namespaceId, namespaceId, StringComparison.Ordinal))
            .ToList();
        if (named.Count != 1)
        {
            return JudgeNamed(named.Count, null, namespaceId, appName, sentAt);
        }

        ApiResponse orders = await client.SendAsync(ListChangeOrdersCall.Request(location, named[0].AppId, namespaceId, 1, CreateTypeCode), token).ConfigureAwait(false);
        return JudgeNamed(1, ListChangeOrdersCall.Parse(orders, named[0].AppId, namespaceId, location).Items, namespaceId, appName, sentAt);
    }

    /// <summary>
    /// The verdict on a lost create, from how many applications of its name the namespace has and, for one, its
    /// CoCreateApp change orders: none of the name, it did not arrive; one whose creation was around our send, ours;
    /// anything else (several, or one made before) cannot be told apart from someone else's.
    /// </summary>
    internal static OutcomeVerdict<SaeChangeOrder> JudgeNamed(int namedCount, IReadOnlyList<SaeChangeOrder>? createOrders, string namespaceId, string appName, DateTimeOffset sentAt)
    {
        if (namedCount == 0)
        {
            return OutcomeVerdict<SaeChangeOrder>.DidNotTakeEffect("namespace " + namespaceId + " has no application named " + appName);
        }

        if (namedCount > 1 || createOrders is null)
        {
            return OutcomeVerdict<SaeChangeOrder>.Unknown("namespace " + namespaceId + " has " + namedCount + " applications named " + appName);
        }

        OutcomeVerdict verdict = OutcomeCheck.JudgeOrders(new[] { CreateTypeCode }, "application " + appName, createOrders, _ => false, sentAt);
        return verdict.Kind == OutcomeKind.TookEffect
            ? OutcomeVerdict<SaeChangeOrder>.TookEffect(verdict.ChangeOrder!)
            : OutcomeVerdict<SaeChangeOrder>.Unknown("application " + appName + " is there, but was not created around the call: " + verdict.Reason);
    }

    /// <summary>The change order of a create, answered or found: <paramref name="found"/> completed with what the call knew.</summary>
    private static SaeChangeOrder Order(string changeOrderId, string? appId, string namespaceId, ServiceLocation location, DateTimeOffset createdAt, SaeChangeOrder? found = null)
    {
        SaeChangeOrder order = found ?? new SaeChangeOrder(changeOrderId) { CreateTime = createdAt };
        order.Action = "Create";
        order.AppId = appId;
        order.AppIds = appId is null ? Array.Empty<string>() : new[] { appId };
        order.NamespaceId = namespaceId;
        order.RegionId = location.RegionId;
        return order;
    }
}
