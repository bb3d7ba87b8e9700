using System;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;

namespace SaePowerShell.Commands;

/// <summary>The parameters every SAE cmdlet shares: where to call, as whom, how, and with which context.</summary>
public abstract partial class SaeCmdletBase
{
    /// <summary>
    /// <para type="description">The region to call, such as cn-hangzhou. By default the region is taken from the namespace id (cn-hangzhou:prod is in cn-hangzhou), then from the environment variable ALIBABA_CLOUD_REGION_ID.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(RegionCompleter))]
    [ValidateNotNullOrEmpty]
    public string? RegionId { get; set; }

    /// <summary>
    /// <para type="description">The endpoint to call instead of https://sae.{region}.aliyuncs.com, such as the local SAE emulator's http://127.0.0.1:5080. The environment variable ALIBABA_CLOUD_SAE_ENDPOINT sets it too.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// <para type="description">The AccessKey to sign with: the user name is the AccessKey id and the password the AccessKey secret. By default the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials) are used.</para>
    /// </summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>
    /// <para type="description">The aliyun CLI profile (in ~/.aliyun/config.json) or SDK credentials file section (in ~/.alibabacloud/credentials) to take the AccessKey and region from.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProfileName { get; set; }

    /// <summary>
    /// <para type="description">The AccessKey id to sign with, together with -AccessKeySecret.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AccessKeyId { get; set; }

    /// <summary>
    /// <para type="description">The AccessKey secret, as a SecureString (Read-Host -AsSecureString, or ConvertTo-SecureString); there is no plain-text secret parameter.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public System.Security.SecureString? AccessKeySecret { get; set; }

    /// <summary>
    /// <para type="description">How requests are signed: Acs3HmacSha256 (the default, as the official SDKs do) or the legacy RoaHmacSha1. RoaHmacSha1 signs the query as one text, so a value holding '&amp;' or '=' could be re-split into other parameters under the same signature: with it such values are refused before anything is sent.</para>
    /// </summary>
    [Parameter]
    public SaeSignatureMethod SignatureMethod { get; set; } = SaeSignatureMethod.Acs3HmacSha256;

    /// <summary>
    /// <para type="description">How many seconds one attempt of a call may take. A call that changes state and gets no answer in time is reported as "outcome unknown", never repeated.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 30;

    /// <summary>
    /// <para type="description">How many times a call that failed in a way that may pass (throttling, an upgrade in progress, a server fault before processing) is retried. 0 turns retries off.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, 10)]
    public int MaximumRetryCount { get; set; } = 3;

    /// <summary>
    /// <para type="description">The first wait before a retry, in seconds; each further retry waits about twice as long, with random jitter.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0.0, 60.0)]
    public double RetryIntervalSec { get; set; } = 1;

    /// <summary>
    /// <para type="description">Allow an -Endpoint (or session or ALIBABA_CLOUD_SAE_ENDPOINT endpoint) that is plain http to another machine, such as the emulator in another container. Without it such an endpoint is refused, since the signed requests and any security token would cross the network unencrypted; loopback http (the local emulator) is always allowed. The environment variable SAE_POWERSHELL_ALLOW_HTTP=true does the same (it also covers ALIBABA_CLOUD_STS_ENDPOINT). Each command that uses the opt-in warns.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter AllowUnencryptedHttp { get; set; }

    /// <summary>
    /// <para type="description">The context to use instead of this session's default: the output of Get-SaeContext or Connect-SaeAccount. This is how a login reaches another runspace of the same process, where the session default does not apply: $ctx = Get-SaeContext; Start-ThreadJob { Get-SaeApplication -Context $using:ctx }. A credential parameter given on the same command still wins.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public SaeContext? Context { get; set; }
}
