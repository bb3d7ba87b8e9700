using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListNamespaceChangeOrders: the namespace's batch start and stop change orders (the only kinds the official API
/// documents for it; batch restarts are not listed), newest first, paged like <see cref="ListChangeOrdersApi"/>.
/// </summary>
internal sealed partial class ListNamespaceChangeOrdersApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string namespaceId = call.Required("NamespaceId");
        SaeNamespace ns = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);

        var paging = ChangeOrderListing.Paging(call);

        // Newest first: the world keeps orders in creation order, so two created in the same instant still have one.
        IEnumerable<ChangeOrder> orders = ChangeOrderListing.Filter(call, Enumerable.Reverse(world.ChangeOrders)
            .Where(o => o.NamespaceId == ns.NamespaceId && (o.Kind == ChangeOrderKind.BatchStart || o.Kind == ChangeOrderKind.BatchStop)));

        // The official model does not say what Key searches; the emulator matches it against what a listing shows as text.
        string? key = call.Optional("Key");
        if (!string.IsNullOrEmpty(key))
        {
            orders = orders.Where(o => o.ChangeOrderId.Contains(key, StringComparison.OrdinalIgnoreCase)
                || ChangeOrderDescription.Of(o).Contains(key, StringComparison.OrdinalIgnoreCase));
        }

        (var page, int total) = ChangeOrderListing.Page(paging, orders, Describe);
        return Answer(new() { CurrentPage = paging.CurrentPage, PageSize = paging.PageSize, TotalSize = total, ChangeOrderList = page });
    }

    private static ListNamespaceChangeOrdersData.ChangeOrderListItem Describe(ChangeOrder order) => new()
    {
        ChangeOrderId = order.ChangeOrderId,
        NamespaceId = order.NamespaceId,
        Status = (int)order.Status,
        CoType = order.Kind.CoType,
        CoTypeCode = order.Kind.CoTypeCode,
        CreateTime = ServiceTime.Format(order.CreatedAt),
        FinishTime = order.FinishedAt is { } finished ? ServiceTime.Format(finished) : "",
        Description = ChangeOrderDescription.Of(order),
        BatchCount = order.Batches.Count,
        BatchType = "auto",
        GroupId = "",
        Source = "console",
        UserId = ListChangeOrdersApi.EmulatorUserId,
        CreateUserId = ListChangeOrdersApi.EmulatorUserId,
    };
}
