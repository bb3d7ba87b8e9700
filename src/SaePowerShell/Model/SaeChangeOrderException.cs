using System;

namespace SaePowerShell;

/// <summary>A change order ended in failure, was terminated, or did not finish in the time allowed.</summary>
public sealed class SaeChangeOrderException : Exception
{
    /// <summary>Creates the exception for a change order that did not succeed.</summary>
    public SaeChangeOrderException(SaeChangeOrder changeOrder, string errorId, SaeErrorCategory category, string message)
        : base(message)
    {
        ChangeOrder = changeOrder;
        ErrorId = errorId;
        Category = category;
    }

    /// <summary>The change order as last seen.</summary>
    public SaeChangeOrder ChangeOrder { get; }

    /// <summary>ChangeOrderFailed, ChangeOrderSystemFailed, ChangeOrderTerminated or WaitTimeout.</summary>
    public string ErrorId { get; }

    /// <summary>How the failure is classed.</summary>
    public SaeErrorCategory Category { get; }
}
