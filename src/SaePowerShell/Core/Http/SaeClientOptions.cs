using System;

namespace SaePowerShell.Core.Http;

/// <summary>How the client behaves: signing, retries and time limits.</summary>
internal sealed class SaeClientOptions
{
    public SaeSignatureMethod SignatureMethod { get; set; } = SaeSignatureMethod.Acs3HmacSha256;

    /// <summary>Retries after the first attempt, for failures the error catalog calls transient.</summary>
    public int MaximumRetryCount { get; set; } = 3;

    /// <summary>The first backoff; each retry doubles it, with jitter.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaximumRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take, from sending to the last byte of the answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string UserAgent { get; set; } = "SaePowerShell";

    /// <summary>Shared by every client of the same AccessKey; null when limiting is off.</summary>
    public RateLimiting.SlidingWindowRateLimiter? RateLimiter { get; set; }
}
