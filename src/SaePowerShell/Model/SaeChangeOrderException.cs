namespace SaePowerShell;

/// <summary>
/// A change order ended in failure, was terminated, was left in progress with a failed batch, or did not finish in
/// the time allowed. ErrorId: ChangeOrderFailed, ChangeOrderSystemFailed, ChangeOrderTerminated, ChangeOrderAbnormal or WaitTimeout.
/// </summary>
public sealed class SaeChangeOrderException : SaeException
{
    /// <summary>Creates the exception for a change order that did not succeed.</summary>
    public SaeChangeOrderException(SaeChangeOrder changeOrder, string errorId, SaeErrorCategory category, string message)
        : base(errorId, category, message, errorId == "WaitTimeout"
            ? "Wait again with Wait-SaeChangeOrder, or look at the change order in the SAE console."
            : "Look at the change order's batches (Get-SaeChangeOrder) or in the SAE console, fix the cause, and try again.")
    {
        ChangeOrder = changeOrder;
    }

    /// <summary>The change order as last seen.</summary>
    public SaeChangeOrder ChangeOrder { get; }
}
