using System;

namespace SaePowerShell.Core.Context;

/// <summary>How a command's calls are made: the per-command knobs of the client.</summary>
internal sealed record CallSettings(SaeSignatureMethod SignatureMethod, TimeSpan Timeout, int MaximumRetryCount, TimeSpan RetryInterval, string UserAgent)
{
    /// <summary>For tab completion: one quick try, so that a slow or absent service never stalls the prompt.</summary>
    public static readonly CallSettings Completion = new CallSettings(SaeSignatureMethod.Acs3HmacSha256, TimeSpan.FromSeconds(3), 0, TimeSpan.Zero, "SaePowerShell (completion)");
}
