using System;

namespace SaePowerShell.Core.Http;

/// <summary>An answer read whole (within its limit): the status, the body as text, Retry-After, and how long it took.</summary>
internal sealed record HttpAnswer(int Status, string Body, TimeSpan? RetryAfter, TimeSpan Elapsed);
