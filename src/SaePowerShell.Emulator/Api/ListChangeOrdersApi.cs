using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>ListChangeOrders (sae-api.md §3.7): every change order that includes one application, newest first, paged.</summary>
internal sealed class ListChangeOrdersApi : ISaeApi
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 200;

    /// <summary>
    /// Who every change order was created by. The emulator has one account and does not remember which key signed the
    /// request, so UserId and CreateUserId are this fixed value.
    /// </summary>
    public const string EmulatorUserId = "sae-emulator";

    public string Name => "ListChangeOrders";

    public string Method => "GET";

    public string Path => "/pop/v1/sam/changeorder/ListChangeOrders";

    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string appId = call.Required("AppId");
        SaeApplication app = world.FindApplication(appId) ?? throw new SaeException(SaeErrors.AppIdNotFound);
        int currentPage = call.OptionalInt("CurrentPage", 1, 1, int.MaxValue);
        int pageSize = call.OptionalInt("PageSize", DefaultPageSize, 1, MaxPageSize);

        // Newest first: orders are kept in creation order, and two created in the same instant still have one.
        IEnumerable<ChangeOrder> orders = Enumerable.Reverse(app.ChangeOrders);

        string? coType = call.Optional("CoType");
        if (!string.IsNullOrEmpty(coType))
        {
            orders = orders.Where(o => o.Kind.CoTypeCode == coType);
        }

        string? coStatus = call.Optional("CoStatus");
        if (!string.IsNullOrEmpty(coStatus))
        {
            if (!int.TryParse(coStatus, NumberStyles.None, CultureInfo.InvariantCulture, out int status))
            {
                throw new SaeException(SaeErrors.Obviously("CoStatus"));
            }

            orders = orders.Where(o => (int)o.Status == status);
        }

        List<ChangeOrder> matching = orders.ToList();
        long skip = (long)(currentPage - 1) * pageSize;
        var page = matching.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).Select(o => Describe(o, appId)).ToList();
        var data = new
        {
            CurrentPage = currentPage,
            PageSize = pageSize,
            TotalSize = matching.Count,
            ChangeOrderList = page,
        };
        return new SaeResult(data);
    }

    private static object Describe(ChangeOrder order, string appId) => new
    {
        order.ChangeOrderId,
        AppId = appId,
        Status = (int)order.Status,
        order.Kind.CoType,
        order.Kind.CoTypeCode,
        CreateTime = ServiceTime.Format(order.CreatedAt),
        FinishTime = order.FinishedAt is { } finished ? ServiceTime.Format(finished) : "",
        Description = ChangeOrderDescription.Of(order),
        BatchCount = order.Batches.Count,
        BatchType = "auto",
        GroupId = "",
        Source = "console",
        UserId = EmulatorUserId,
        CreateUserId = EmulatorUserId,
    };
}
