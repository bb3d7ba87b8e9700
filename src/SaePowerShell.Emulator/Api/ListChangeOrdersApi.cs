using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>ListChangeOrders (sae-api.md §3.7): every change order that includes one application, newest first, paged.</summary>
internal sealed partial class ListChangeOrdersApi : ISaeApi
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 200;

    /// <summary>
    /// Who every change order was created by. The emulator has one account and does not remember which key signed the
    /// request, so UserId and CreateUserId are this fixed value.
    /// </summary>
    public const string EmulatorUserId = "sae-emulator";

    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string appId = call.Required("AppId");
        SaeApplication app = world.FindApplication(appId) ?? throw new SaeException(SaeErrors.AppIdNotFound);

        var paging = ChangeOrderListing.Paging(call);

        // Newest first: orders are kept in creation order, and two created in the same instant still have one.
        IEnumerable<ChangeOrder> orders = ChangeOrderListing.Filter(call, Enumerable.Reverse(app.ChangeOrders));
        (var page, int total) = ChangeOrderListing.Page(paging, orders, o => Describe(o, app));
        return Answer(new() { CurrentPage = paging.CurrentPage, PageSize = paging.PageSize, TotalSize = total, ChangeOrderList = page });
    }

    private static ListChangeOrdersData.ChangeOrderListItem Describe(ChangeOrder order, SaeApplication app) => new()
    {
        ChangeOrderId = order.ChangeOrderId,
        AppId = app.AppId,
        Status = (int)order.Status,
        CoType = order.Kind.CoType,
        CoTypeCode = order.Kind.CoTypeCode,
        CreateTime = ServiceTime.Format(order.CreatedAt),
        FinishTime = order.FinishedAt is { } finished ? ServiceTime.Format(finished) : "",
        Description = ChangeOrderDescription.Of(order),
        BatchCount = order.Batches.Count,
        BatchType = order.IsManual ? "manual" : "auto",

        // A single-application order works on the application's one group; a batch order on no group in particular.
        GroupId = order.Effect is null ? "" : app.GroupId,
        Source = "console",
        UserId = EmulatorUserId,
        CreateUserId = EmulatorUserId,
    };
}
