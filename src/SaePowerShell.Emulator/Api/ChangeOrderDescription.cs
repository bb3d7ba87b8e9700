using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The Description DescribeChangeOrder and the listings show, so they always agree: the request's ChangeOrderDesc when
/// it gave one, else what the order does.
/// </summary>
internal static class ChangeOrderDescription
{
    public static string Of(ChangeOrder order) =>
        order.Description is { Length: > 0 } given ? given
        : order.Effect is not null ? $"{order.Kind.CoType}: application {order.AppIds[0]} in {order.NamespaceId}"
        : $"{order.Kind.CoType}: {order.AppIds.Count} application(s) in {order.NamespaceId}";
}
