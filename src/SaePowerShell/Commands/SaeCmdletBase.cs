using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Operations;
using SaePowerShell.Core.RateLimiting;

namespace SaePowerShell.Commands
{
    /// <summary>
    /// What every SAE cmdlet shares: where to call (-RegionId, -Endpoint), as whom (-Credential), how (-SignatureMethod,
    /// -TimeoutSec, retries), and Ctrl+C. The cmdlet waits for the core on the pipeline thread and writes only from there.
    /// </summary>
    public abstract class SaeCmdletBase : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
        private CliProfile? _chain;
        private SaeClient? _client;

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
        /// <para type="description">How requests are signed: Acs3HmacSha256 (the default, as the official SDKs do) or the legacy RoaHmacSha1.</para>
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

        internal PipelineDispatcher Dispatcher { get; } = new PipelineDispatcher();

        internal CancellationToken CancellationToken => _cancellation.Token;

        internal IEnvironment Environment { get; set; } = ProcessEnvironment.Instance;

        /// <inheritdoc />
        public void Dispose()
        {
            _cancellation.Dispose();
            Dispatcher.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _cancellation.Cancel();

        /// <summary>Where a call about this namespace goes.</summary>
        internal ServiceLocation Locate(string? namespaceId, string? regionId = null)
        {
            SessionContext? session = SessionContexts.Current;
            return ServiceLocator.Locate(Endpoint, regionId ?? RegionId, namespaceId, Environment,
                new LocationDefaults(session?.RegionId, session?.Endpoint, ProfileRegion()));
        }

        /// <summary>Where a call goes, or false after writing a non-terminating error that says how to set a region.</summary>
        internal bool TryLocate(string? namespaceId, string? regionId, object? target, out ServiceLocation location)
        {
            try
            {
                location = Locate(string.IsNullOrEmpty(namespaceId) ? null : namespaceId, string.IsNullOrEmpty(regionId) ? null : regionId);
                return true;
            }
            catch (SaeConfigurationException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, target));
                location = null!;
                return false;
            }
        }

        /// <summary>Makes one call, or writes SAE's answer as a non-terminating error about <paramref name="target"/> and returns null.</summary>
        internal ApiResponse? Call(ApiRequest request, object? target, string subject)
        {
            try
            {
                return Await(Client.SendAsync(request, CancellationToken));
            }
            catch (SaeServiceException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, target, subject));
                return null;
            }
        }

        /// <summary>
        /// Reads every page of a listing, handing each item on as its page arrives. A listing is never silently short:
        /// an empty page before the total is reached is an error. Returns whether every page was read.
        /// </summary>
        internal bool ForEachPage<T>(Func<int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Action<T> write, object? target, string subject)
        {
            int read = 0;
            for (int page = 1; ; page++)
            {
                ApiRequest pageRequest = request(page);
                ApiResponse? response = Call(pageRequest, target, subject);
                if (response is null)
                {
                    return false;
                }

                Page<T> result = parse(response);
                read += result.Items.Count;
                foreach (T item in result.Items)
                {
                    write(item);
                }

                if (read >= result.TotalSize)
                {
                    return true;
                }

                if (result.Items.Count == 0)
                {
                    var incomplete = new SaeServiceException(pageRequest.Api.Action, "IncompleteListing",
                        "Page " + page + " was empty, but the service counts " + result.TotalSize + " items and " + read + " were read", null, response.RequestId, response.TraceId, null,
                        SaeErrorCategory.InvalidResult, true, "Run the command again.");
                    WriteError(ErrorRecordFactory.FromException(incomplete, target, subject));
                    return false;
                }
            }
        }

        /// <summary>The client, made on first use so that -WhatIf and bad input never need credentials.</summary>
        internal SaeClient Client
        {
            get
            {
                if (_client is null)
                {
                    try
                    {
                        SharedHttp.ConnectTimeout(Environment.Get(SharedHttp.ConnectTimeoutVariable));
                    }
                    catch (SaeConfigurationException ex)
                    {
                        ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
                    }

                    ICredentialSource source = ResolveSource();
                    var options = new SaeClientOptions
                    {
                        SignatureMethod = SignatureMethod,
                        Timeout = TimeSpan.FromSeconds(TimeoutSec),
                        MaximumRetryCount = MaximumRetryCount,
                        RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec),
                        UserAgent = "SaePowerShell/" + typeof(SaeCmdletBase).Assembly.GetName().Version + " PowerShell/" + Host.Version,
                        RateLimiter = RateLimitFor(source.AccountKey),
                    };
                    _client = new SaeClient(source, options, new CmdletLog(Dispatcher, WriteVerbose, WriteDebug));
                }

                return _client;
            }
        }

        /// <summary>Waits for the core on the pipeline thread, writing its messages as they come.</summary>
        internal T Await<T>(Task<T> task) => Dispatcher.Run(task, CancellationToken);

        /// <summary>The credential chain for this command's parameters and the session's default (CredentialChain has the order).</summary>
        internal CliProfile ResolveChain() =>
            _chain ??= CredentialChain.Resolve(ExplicitCredentialParameters.Build(Credential, AccessKeyId, AccessKeySecret, null, ProfileName), SessionContexts.Current, Environment);

        /// <summary>The region of the profile the credential comes from, last in the region chain; a broken profile shows up when credentials are resolved.</summary>
        private string? ProfileRegion()
        {
            try
            {
                return ResolveChain().RegionId;
            }
            catch (SaeConfigurationException)
            {
                return null;
            }
        }

        private SlidingWindowRateLimiter? RateLimitFor(string accountKey)
        {
            try
            {
                return RateLimits.For(accountKey, Environment);
            }
            catch (SaeConfigurationException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
                throw;
            }
        }

        /// <summary>
        /// No credentials means no call can succeed, so that one is terminating. Temporary credentials are fetched here,
        /// once, so a role that cannot be assumed is one clear error before any SAE call.
        /// </summary>
        private ICredentialSource ResolveSource()
        {
            try
            {
                ICredentialSource source = ResolveChain().Source;
                SaeCredential credential = Await(source.GetAsync(CancellationToken));
                string expiry = credential.Expiration is DateTimeOffset at ? "; temporary, expires " + at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                WriteVerbose("Using AccessKey " + credential.MaskedAccessKeyId + " from " + source.Description + expiry + ".");
                return source;
            }
            catch (Exception ex) when (ex is SaeConfigurationException || ex is SaeServiceException)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
                throw;
            }
        }

    }
}
