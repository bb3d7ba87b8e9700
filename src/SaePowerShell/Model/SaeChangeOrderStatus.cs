namespace SaePowerShell;

/// <summary>
/// Where a change order stands (DescribeChangeOrder's numeric Status). Codes SAE does not document (4, 5, 7, or new
/// ones) are kept as their number rather than rejected.
/// </summary>
public enum SaeChangeOrderStatus
{
    /// <summary>Being prepared (0).</summary>
    Preparing = 0,

    /// <summary>Running (1).</summary>
    Executing = 1,

    /// <summary>Finished successfully (2).</summary>
    Succeeded = 2,

    /// <summary>Finished with a failure (3).</summary>
    Failed = 3,

    /// <summary>Stopped before it finished (6).</summary>
    Terminated = 6,

    /// <summary>Waiting for someone to confirm the next batch (8).</summary>
    WaitingBatchConfirm = 8,

    /// <summary>Waiting to start the next batch automatically (9).</summary>
    AutoBatchWait = 9,

    /// <summary>Failed because of a fault in SAE (10).</summary>
    SystemFailed = 10,

    /// <summary>Waiting for approval (11).</summary>
    WaitingApproval = 11,

    /// <summary>Approved, waiting to run (12).</summary>
    Approved = 12,
}
