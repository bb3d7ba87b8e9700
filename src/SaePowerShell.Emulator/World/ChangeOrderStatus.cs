namespace SaePowerShell.Emulator.World;

/// <summary>
/// SAE's numeric change order states (sae-api.md §4), for change orders and their batches alike. The emulator produces
/// Preparing, Executing, Succeeded, the two waits between batches (8 manual, 9 automatic), Aborted (AbortChangeOrder,
/// ConfirmPipelineBatch with Confirm=false), and Failed, Aborted and SystemFailure through a seeded
/// <see cref="ChangeOrderFault"/>; the names the other codes map to are part of the API surface
/// (DescribeApplicationStatus.LastChangeOrderStatus).
/// </summary>
internal enum ChangeOrderStatus
{
    Preparing = 0,
    Executing = 1,
    Succeeded = 2,
    Failed = 3,
    Aborted = 6,
    WaitingForBatchConfirmation = 8,
    WaitingForAutomaticBatch = 9,
    SystemFailure = 10,
    WaitingForApproval = 11,
    Approved = 12,
}

internal static class ChangeOrderStatusNames
{
    /// <summary>Whether nothing can change the status any more: succeeded, failed, terminated or failed by the system.</summary>
    public static bool IsTerminal(this ChangeOrderStatus status) =>
        status is ChangeOrderStatus.Succeeded or ChangeOrderStatus.Failed or ChangeOrderStatus.Aborted or ChangeOrderStatus.SystemFailure;

    /// <summary>The string DescribeApplicationStatus uses for a numeric status (pairing by list order, as §4 notes).</summary>
    public static string ToApplicationStatusName(this ChangeOrderStatus status) => status switch
    {
        ChangeOrderStatus.Preparing => "READY",
        ChangeOrderStatus.Executing => "RUNNING",
        ChangeOrderStatus.Succeeded => "SUCCESS",
        ChangeOrderStatus.Failed => "FAIL",
        ChangeOrderStatus.Aborted => "ABORT",
        ChangeOrderStatus.WaitingForBatchConfirmation => "WAIT_BATCH_CONFIRM",
        ChangeOrderStatus.WaitingForAutomaticBatch => "AUTO_BATCH_WAIT",
        ChangeOrderStatus.SystemFailure => "SYSTEM_FAIL",
        ChangeOrderStatus.WaitingForApproval => "WAIT_APPROVAL",
        ChangeOrderStatus.Approved => "APPROVED",
        _ => "",
    };

    /// <summary>
    /// The status in words, as DescribePipeline's CoStatus gives it (its example: "Execution succeeded"); the wording
    /// is the emulator's, after the documented meaning of each code.
    /// </summary>
    public static string ToDescription(this ChangeOrderStatus status) => status switch
    {
        ChangeOrderStatus.Preparing => "Ready",
        ChangeOrderStatus.Executing => "Executing",
        ChangeOrderStatus.Succeeded => "Execution succeeded",
        ChangeOrderStatus.Failed => "Execution failed",
        ChangeOrderStatus.Aborted => "Terminated",
        ChangeOrderStatus.WaitingForBatchConfirmation => "Waiting for batch confirmation",
        ChangeOrderStatus.WaitingForAutomaticBatch => "Waiting for the next automatic batch",
        ChangeOrderStatus.SystemFailure => "Execution failed because of a system error",
        ChangeOrderStatus.WaitingForApproval => "Waiting for approval",
        ChangeOrderStatus.Approved => "Approved",
        _ => "",
    };
}
