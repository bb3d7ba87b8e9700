namespace SaePowerShell.Emulator.Faults;

/// <summary>What a fired fault rule does to one SAE request (the <c>fault</c> of a rule, see <see cref="FaultKind"/>).</summary>
internal enum FaultEffect
{
    /// <summary><c>error:Code</c>: a documented gateway or SAE error, answered before the signature is checked; no effect.</summary>
    Error,

    /// <summary><c>http:429</c>, <c>http:500</c>, <c>http:503</c>: that status with an empty body, as a proxy would; no effect.</summary>
    HttpStatus,

    /// <summary><c>latency</c>: only the rule's delay, then the normal answer.</summary>
    Latency,

    /// <summary><c>resetBeforeEffect</c>: the connection is aborted before anything happens.</summary>
    ResetBeforeEffect,

    /// <summary><c>resetAfterEffect</c>: the call is made for real, then the connection is aborted instead of answering.</summary>
    ResetAfterEffect,

    /// <summary>
    /// <c>closeAfterEffect</c>: the call is made for real, then the connection is closed gracefully (FIN, no RST) without
    /// a byte of answer, which is what makes a pooled SocketsHttpHandler connection resend the request.
    /// </summary>
    CloseAfterEffect,

    /// <summary><c>truncatedBody</c>: the call is made for real and its answer cut to the first half of the body.</summary>
    TruncatedBody,

    /// <summary><c>htmlBody</c>: a 502 HTML page from a "load balancer"; no effect.</summary>
    HtmlBody,

    /// <summary><c>wrongClock</c>: the timestamp check runs as if the server clock were 20 minutes ahead.</summary>
    WrongClock,
}
