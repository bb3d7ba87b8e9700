using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>The Description DescribeChangeOrder and ListChangeOrders both show, so the two always agree.</summary>
internal static class ChangeOrderDescription
{
    public static string Of(ChangeOrder order) => $"{order.Kind.CoType}: {order.AppIds.Count} application(s) in {order.NamespaceId}";
}
