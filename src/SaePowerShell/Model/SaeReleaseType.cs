namespace SaePowerShell;

/// <summary>How a release in batches goes from one batch to the next.</summary>
public enum SaeReleaseType
{
    /// <summary>Each batch starts by itself when the one before it has finished (after -BatchWaitTime).</summary>
    Auto,

    /// <summary>Each batch waits for a person to confirm it (Resume-SaeChangeOrder), or to end the release (Stop-SaeChangeOrder).</summary>
    Manual,
}
