namespace SaePowerShell.Core.Errors;

/// <summary>When another attempt at a call that failed with a code is harmless: the one column every retry decision reads.</summary>
internal enum RetrySafety
{
    /// <summary>Another attempt would fail the same way (bad input, no permission, a bad signature).</summary>
    Never,

    /// <summary>The call was turned away before SAE acted on it (throttling, an upgrade, 503): safe for any call, even one that changes state.</summary>
    TurnedAwayBeforeProcessing,

    /// <summary>A fault that may come after the change was made (500, InternalError): a read is tried again, a change is an unanswered call.</summary>
    OnlyWithoutStateChange,
}
