using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// After a call got no answer, finds out from what SAE promises to show whether the call took effect. Start
/// and stop orders are listed per namespace (ListNamespaceChangeOrders), so that list is read; nothing promises
/// that an application's own status or change orders show them. A restart's order is listed nowhere, so for a
/// restart only a change order that is found proves anything, and silence never means "did not". The check errs
/// towards "unknown": a wrong "did not" would start applications twice, a wrong "unknown" only asks the user to look.
/// A single-application change (deploy, rescale, rollback, instances) is listed by the application's own change
/// orders, whose CoType filter takes every one of those types, so that is the evidence read for it.
/// </summary>
internal static class OutcomeCheck
{
    /// <summary>How far SAE's clock and ours may disagree for a change order to count as created by our call.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);

    /// <summary>Older than any misreading of SAE's time zone could make it: certainly not our call's.</summary>
    public static readonly TimeSpan CertainlyOlder = TimeSpan.FromHours(14);

    /// <summary>How many pages of a namespace's change orders are read before the check gives up on finding out.</summary>
    public const int MaximumPages = 10;

    public static Task<OutcomeVerdict> ResolveAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, DateTimeOffset sentAt, ChangeOrderLedger ledger, CancellationToken cancellationToken) =>
        UnknownIfTheLookUpFails(() => action.ListedPerNamespace
            ? FromNamespaceAsync(client, action, group, location, sentAt, ledger, cancellationToken)
            : FromFirstApplicationAsync(client, action, group, location, sentAt, cancellationToken), cancellationToken);

    /// <summary>A look-up that fails proves nothing either way: the verdict is "unknown", and says what failed.</summary>
    private static Task<OutcomeVerdict> UnknownIfTheLookUpFails(Func<Task<OutcomeVerdict>> check, CancellationToken cancellationToken) =>
        LookUp.OrElse(check, failure => OutcomeVerdict.Unknown("looking it up failed: " + LookUp.Describe(failure)), cancellationToken);

    /// <summary>Every change order of a listing; null when it has more than <see cref="MaximumPages"/> pages.</summary>
    private static async Task<IReadOnlyList<SaeChangeOrder>?> ReadAllAsync(SaeClient client, Func<int, ApiRequest> request, int pageSize, Func<ApiResponse, Page<SaeChangeOrder>> parse, CancellationToken cancellationToken)
    {
        var pager = new Pager<SaeChangeOrder>(client, (page, _) => request(page), parse, order => order.ChangeOrderId, new[] { pageSize }, MaximumPages);
        IReadOnlyList<SaeChangeOrder> orders = await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        return pager.Complete ? orders : null;
    }

    private static async Task<OutcomeVerdict> FromNamespaceAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, DateTimeOffset sentAt, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        IReadOnlyList<SaeChangeOrder>? orders = await ReadAllAsync(client,
            page => ListNamespaceChangeOrdersCall.Request(location, group.NamespaceId, action.ChangeOrderTypeCode, page),
            ListNamespaceChangeOrdersCall.PageSize,
            response => ListNamespaceChangeOrdersCall.Parse(response, group.NamespaceId, location),
            cancellationToken).ConfigureAwait(false);
        if (orders is null)
        {
            return OutcomeVerdict.Unknown("namespace " + group.NamespaceId + " has more change orders than " + MaximumPages + " pages");
        }

        OutcomeVerdict verdict = JudgeNamespace(action, group.NamespaceId, orders, ledger.Contains, sentAt);
        if (verdict.Kind != OutcomeKind.TookEffect)
        {
            return verdict;
        }

        // The namespace list names no applications; the order itself names its (first) one.
        var described = await client.SendAsync(DescribeChangeOrderCall.Request(location, verdict.ChangeOrder!.ChangeOrderId, group.NamespaceId), cancellationToken).ConfigureAwait(false);
        SaeChangeOrder order = DescribeChangeOrderCall.Parse(described, verdict.ChangeOrder.Copy(), location);
        if (!string.IsNullOrEmpty(order.AppId) && group.AppIds.Count > 0 && !group.AppIds.Contains(order.AppId!, StringComparer.Ordinal))
        {
            return OutcomeVerdict.Unknown("change order " + order.ChangeOrderId + " was created then, but for application " + order.AppId + ", which this call did not name");
        }

        return OutcomeVerdict.TookEffect(order);
    }

    /// <summary>
    /// Of the namespace's change orders of our type that this command does not already own: exactly one created
    /// around our send is ours; several leave it open; none from the last <see cref="CertainlyOlder"/> means not.
    /// </summary>
    internal static OutcomeVerdict JudgeNamespace(BatchAction action, string namespaceId, IReadOnlyList<SaeChangeOrder> orders, Func<string, bool> ownedAlready, DateTimeOffset sentAt) =>
        JudgeOrders(new[] { action.ChangeOrderTypeCode }, "namespace " + namespaceId, orders, ownedAlready, sentAt);

    /// <summary>
    /// Of the change orders of our types in a scope (a namespace, an application) that this command does not already
    /// own: exactly one created around our send is ours; several leave it open; none from the last
    /// <see cref="CertainlyOlder"/> means not; one older than our send but not that old proves nothing either way.
    /// </summary>
    internal static OutcomeVerdict JudgeOrders(IReadOnlyCollection<string> typeCodes, string scope, IReadOnlyList<SaeChangeOrder> orders, Func<string, bool> ownedAlready, DateTimeOffset sentAt)
    {
        string types = string.Join("/", typeCodes);
        List<SaeChangeOrder> others = orders
            .Where(o => o.CoTypeCode != null && typeCodes.Contains(o.CoTypeCode, StringComparer.Ordinal) && !ownedAlready(o.ChangeOrderId))
            .ToList();
        List<SaeChangeOrder> aroundOurSend = others.Where(o => o.CreateTime.HasValue && (o.CreateTime.Value - sentAt).Duration() <= Tolerance).ToList();
        if (aroundOurSend.Count == 1)
        {
            return OutcomeVerdict.TookEffect(aroundOurSend[0]);
        }

        if (aroundOurSend.Count > 1)
        {
            return OutcomeVerdict.Unknown(aroundOurSend.Count + " " + types + " change orders of " + scope + " were created around the call");
        }

        SaeChangeOrder? doubtful = others.FirstOrDefault(o => !o.CreateTime.HasValue || o.CreateTime.Value >= sentAt - CertainlyOlder);
        if (doubtful != null)
        {
            return OutcomeVerdict.Unknown("change order " + doubtful.ChangeOrderId + " of " + scope + " (" + Describe(doubtful.CreateTime) + ") neither proves nor rules it out");
        }

        return OutcomeVerdict.DidNotTakeEffect(scope + " has no " + types + " change order from around the call");
    }

    /// <summary>
    /// After a single-application change got no answer: that application's change orders of the change's types
    /// (ListChangeOrders, filtered by CoType where the change makes one type), judged as <see cref="JudgeOrders"/> says.
    /// </summary>
    public static Task<OutcomeVerdict> ResolveApplicationAsync(SaeClient client, ApplicationChange change, ServiceLocation location, DateTimeOffset sentAt, ChangeOrderLedger ledger, CancellationToken cancellationToken) =>
        UnknownIfTheLookUpFails(() => FromApplicationOrdersAsync(client, change, location, sentAt, ledger, cancellationToken), cancellationToken);

    private static async Task<OutcomeVerdict> FromApplicationOrdersAsync(SaeClient client, ApplicationChange change, ServiceLocation location, DateTimeOffset sentAt, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> codes = change.Action.ChangeOrderTypeCodes;
        string? coType = codes.Count == 1 ? codes[0] : null;
        string appId = change.Target.AppId;
        IReadOnlyList<SaeChangeOrder>? orders = await ReadAllAsync(client,
            page => ListChangeOrdersCall.Request(location, appId, change.Target.NamespaceId, page, coType),
            ListChangeOrdersCall.PageSize,
            response => ListChangeOrdersCall.Parse(response, appId, change.Target.NamespaceId, location),
            cancellationToken).ConfigureAwait(false);
        return orders is null
            ? OutcomeVerdict.Unknown("application " + appId + " has more change orders than " + MaximumPages + " pages")
            : JudgeOrders(codes, "application " + appId, orders, ledger.Contains, sentAt);
    }

    private static async Task<OutcomeVerdict> FromFirstApplicationAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        if (group.AppIds.Count == 0)
        {
            return OutcomeVerdict.Unknown("the call named no application to look at");
        }

        string appId = group.AppIds[0];
        var statusResponse = await client.SendAsync(DescribeApplicationStatusCall.Request(location, appId, group.NamespaceId), cancellationToken).ConfigureAwait(false);
        SaeApplicationStatus status = DescribeApplicationStatusCall.Parse(statusResponse, appId, group.NamespaceId, location);
        if (status.LastChangeOrderId is null)
        {
            return OutcomeVerdict.Unknown("application " + appId + " shows no change order, and SAE promises no evidence of a " + action.Verb.ToLowerInvariant() + ", so that proves nothing");
        }

        var orderResponse = await client.SendAsync(DescribeChangeOrderCall.Request(location, status.LastChangeOrderId, group.NamespaceId), cancellationToken).ConfigureAwait(false);
        SaeChangeOrder last = DescribeChangeOrderCall.Parse(orderResponse, null, location);
        return JudgeApplication(action, last, status.LastChangeOrderRunning, sentAt);
    }

    /// <summary>An application's last change order: ours, running or created around our send, proves it; nothing else proves anything.</summary>
    internal static OutcomeVerdict JudgeApplication(BatchAction action, SaeChangeOrder last, bool lastIsRunning, DateTimeOffset sentAt)
    {
        bool ours = string.Equals(last.CoTypeCode, action.ChangeOrderTypeCode, StringComparison.Ordinal);
        if (ours && (lastIsRunning || (last.CreateTime.HasValue && (last.CreateTime.Value - sentAt).Duration() <= Tolerance)))
        {
            return OutcomeVerdict.TookEffect(last);
        }

        return OutcomeVerdict.Unknown("the last change order of application " + last.AppId + " (" + last.ChangeOrderId + ", " + (last.CoTypeCode ?? "no type") + ", "
            + Describe(last.CreateTime) + ") neither proves nor rules it out");
    }

    private static string Describe(DateTimeOffset? time) =>
        time.HasValue ? "created " + time.Value.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture) : "no creation time";
}
