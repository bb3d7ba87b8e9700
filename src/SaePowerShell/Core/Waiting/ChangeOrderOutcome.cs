using System;
using System.Globalization;

namespace SaePowerShell.Core.Waiting;

/// <summary>What a finished, or abandoned, change order means for the user: success, or an exception that says why not.</summary>
internal static class ChangeOrderOutcome
{
    /// <summary>
    /// Whether waiting is over for this change order: it finished; a batch failed and it will wait in progress for a
    /// person; or it paused for a person to confirm its next batch, which Resume-SaeChangeOrder does, so a script
    /// that waited gets it back and can go on. (An approval is given elsewhere, so that one is waited for.)
    /// </summary>
    public static bool IsOver(SaeChangeOrder order) => order.IsFinished || order.IsAbnormal || WaitsForConfirmation(order);

    /// <summary>A manual release that finished a batch and waits for a person to start the next one (Status 8).</summary>
    public static bool WaitsForConfirmation(SaeChangeOrder order) => order.Status == SaeChangeOrderStatus.WaitingBatchConfirm && !order.IsAbnormal;

    /// <summary>
    /// What to tell someone whose change order waits for them, naming the cmdlets that go on or stop.
    /// <paramref name="where"/> (<see cref="Endpoints.RerunArguments"/>) makes each command run as printed in a fresh session.
    /// </summary>
    public static string NextStep(SaeChangeOrder order, string where = "") =>
        Describe(order) + " waits for its next batch to be confirmed: Resume-SaeChangeOrder" + Naming(order, where)
        + " starts it; Stop-SaeChangeOrder" + Naming(order, where) + " ends the release (-Rollback also restores the previous version).";

    /// <summary>The arguments that name a change order in a printed command: its id, its namespace when known, and where it lives.</summary>
    public static string Naming(SaeChangeOrder order, string where) =>
        " -ChangeOrderId " + order.ChangeOrderId + (order.NamespaceId is null ? string.Empty : " -NamespaceId " + order.NamespaceId) + where;

    /// <summary>Null when the change order succeeded or waits for its next batch to be confirmed; otherwise the failure, with SAE's ErrorMessage.</summary>
    public static SaeChangeOrderException? FailureOf(SaeChangeOrder order, string where = "")
    {
        if (WaitsForConfirmation(order))
        {
            return null;
        }

        if (order.IsAbnormal)
        {
            string reason = string.IsNullOrWhiteSpace(order.ErrorMessage) ? "SAE gave no reason" : order.ErrorMessage!.Trim().TrimEnd('.');
            return new SaeChangeOrderException(order, "ChangeOrderAbnormal", SaeErrorCategory.InvalidResult,
                Describe(order) + " has a failed batch and is stuck in progress (SubStatus 1): " + reason + ". SAE will not finish it by itself: "
                + "abort it and roll it back (Stop-SaeChangeOrder" + Naming(order, where) + " -Rollback), then act again.");
        }

        switch (order.Status)
        {
            case SaeChangeOrderStatus.Succeeded:
                return null;
            case SaeChangeOrderStatus.Failed:
                return Build(order, "ChangeOrderFailed", SaeErrorCategory.InvalidResult, "failed");
            case SaeChangeOrderStatus.SystemFailed:
                return Build(order, "ChangeOrderSystemFailed", SaeErrorCategory.ResourceUnavailable, "failed because of a fault in SAE");
            case SaeChangeOrderStatus.Terminated:
                return Build(order, "ChangeOrderTerminated", SaeErrorCategory.OperationStopped, "was terminated");
            default:
                throw new ArgumentException("Change order " + order.ChangeOrderId + " has not finished (" + order.Status + ").", nameof(order));
        }
    }

    public static SaeChangeOrderException TimedOut(SaeChangeOrder order, TimeSpan waited, string where = "") =>
        new SaeChangeOrderException(order, "WaitTimeout", SaeErrorCategory.OperationTimeout,
            Describe(order) + " did not finish within " + waited.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s; it was " + (order.Status?.ToString() ?? "not yet described")
            + " when the wait ended. It goes on running: Wait-SaeChangeOrder" + Naming(order, where) + " waits again.");

    /// <summary>An approval waited for: worth saying so, since polling alone will not end it.</summary>
    public static bool WaitsForApproval(SaeChangeOrderStatus? status) => status == SaeChangeOrderStatus.WaitingApproval;

    public static string Describe(SaeChangeOrder order)
    {
        string what = order.Action.Length == 0 ? "change" : order.Action;
        return "Change order " + order.ChangeOrderId + " (" + what + (order.NamespaceId is null ? string.Empty : " in " + order.NamespaceId) + ")";
    }

    /// <summary>For a progress bar's activity, where several stand one above another: the namespace first, so they can be told apart at a glance.</summary>
    public static string Title(SaeChangeOrder order)
    {
        string what = order.Action.Length == 0 ? "Change" : order.Action;
        string apps = order.AppIds.Count == 0 ? string.Empty : " (" + order.AppIds.Count + " application(s))";
        return (order.NamespaceId ?? "?") + ": " + what + apps + ", change order " + order.ChangeOrderId;
    }

    private static SaeChangeOrderException Build(SaeChangeOrder order, string errorId, SaeErrorCategory category, string verb)
    {
        string reason = string.IsNullOrWhiteSpace(order.ErrorMessage) ? "SAE gave no reason." : order.ErrorMessage!.Trim();
        return new SaeChangeOrderException(order, errorId, category, Describe(order) + " " + verb + ": " + reason);
    }
}
