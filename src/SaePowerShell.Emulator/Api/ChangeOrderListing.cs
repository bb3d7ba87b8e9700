using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What ListChangeOrders and ListNamespaceChangeOrders share: the CoType and CoStatus filters, 1-based paging, and the
/// page they answer (CurrentPage, PageSize, TotalSize, ChangeOrderList), each in its own shape.
/// </summary>
internal static class ChangeOrderListing
{
    /// <summary>The orders the call's CoType and CoStatus select; a CoStatus that is not a number is refused by name.</summary>
    public static IEnumerable<ChangeOrder> Filter(SaeCall call, IEnumerable<ChangeOrder> orders)
    {
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

        return orders;
    }

    /// <summary>The page asked for, read (and refused if out of range) before the filters, as both APIs always have.</summary>
    public static (int CurrentPage, int PageSize) Paging(SaeCall call) =>
        (call.OptionalInt("CurrentPage", 1, 1, int.MaxValue), call.OptionalInt("PageSize", ListChangeOrdersApi.DefaultPageSize, 1, ListChangeOrdersApi.MaxPageSize));

    /// <summary>That page of <paramref name="orders"/>, each written by <paramref name="describe"/>.</summary>
    public static (List<T> Items, int TotalSize) Page<T>((int CurrentPage, int PageSize) paging, IEnumerable<ChangeOrder> orders, Func<ChangeOrder, T> describe)
    {
        (int currentPage, int pageSize) = paging;
        List<ChangeOrder> matching = orders.ToList();
        long skip = (long)(currentPage - 1) * pageSize;
        return (matching.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).Select(describe).ToList(), matching.Count);
    }
}
