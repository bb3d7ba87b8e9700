namespace SaePowerShell;

/// <summary>
/// How a failure is classed. The names match PowerShell's ErrorCategory so the cmdlets can map them one to one,
/// while the core stays free of PowerShell types.
/// </summary>
public enum SaeErrorCategory
{
    /// <summary>Nothing more specific is known.</summary>
    NotSpecified,

    /// <summary>A parameter was rejected.</summary>
    InvalidArgument,

    /// <summary>Something named does not exist.</summary>
    ObjectNotFound,

    /// <summary>The caller may not do this.</summary>
    PermissionDenied,

    /// <summary>The credentials or the signature were rejected.</summary>
    AuthenticationError,

    /// <summary>A quota or rate limit was hit.</summary>
    LimitsExceeded,

    /// <summary>The service cannot serve the request now.</summary>
    ResourceUnavailable,

    /// <summary>The resource is busy with another operation.</summary>
    ResourceBusy,

    /// <summary>The call did not finish in time.</summary>
    OperationTimeout,

    /// <summary>The connection failed.</summary>
    ConnectionError,

    /// <summary>The service answered something that could not be read.</summary>
    InvalidResult,

    /// <summary>The module is not set up to make the call (no credentials, no region).</summary>
    InvalidOperation,

    /// <summary>An operation was stopped before it finished.</summary>
    OperationStopped,

    /// <summary>The server does not offer the call (HTTP 501): nothing was done.</summary>
    NotImplemented,
}
