using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Input;

/// <summary>Turns change order ids, or SaeChangeOrder objects, into change orders to describe or wait for.</summary>
internal static class ChangeOrderInputReader
{
    /// <summary>The change order to track, or null after the caller has been handed the problem.</summary>
    public static SaeChangeOrder? FromId(string? id, string? namespaceId, string? regionId, out string? problem)
    {
        problem = InputRules.ChangeOrderIdProblem(id);
        if (problem != null)
        {
            return null;
        }

        return new SaeChangeOrder { ChangeOrderId = id!, NamespaceId = string.IsNullOrEmpty(namespaceId) ? null : namespaceId, RegionId = regionId };
    }

    /// <summary>A copy of a piped change order, so refreshing it does not change the caller's object.</summary>
    public static SaeChangeOrder? FromObject(SaeChangeOrder? order, out string? problem)
    {
        if (order is null)
        {
            problem = "The input change order is null.";
            return null;
        }

        problem = InputRules.ChangeOrderIdProblem(order.ChangeOrderId);
        return problem is null ? order.Copy() : null;
    }
}
