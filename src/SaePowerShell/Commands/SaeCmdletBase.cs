using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Commands;

/// <summary>
/// What every SAE cmdlet shares: where to call (-RegionId, -Endpoint), as whom (-Credential), how (-SignatureMethod,
/// -TimeoutSec, retries), and Ctrl+C. The cmdlet waits for the core on the pipeline thread and writes only from there.
/// </summary>
public abstract class SaeCmdletBase : CancellableCmdlet
{
    private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;
    private SessionContext? _session;
    private bool _sessionRead;
    private ChosenCredential? _chain;
    private Locator? _locator;
    private CommandContext? _context;

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

    internal IEnvironment Environment { get; set; } = ProcessEnvironment.Instance;

    /// <summary>The session default this command uses: -Context, else this runspace's Connect-SaeAccount; read once, on the pipeline thread.</summary>
    internal SessionContext? Session
    {
        get
        {
            if (!_sessionRead)
            {
                RequirePipelineThread();
                if (Context != null && Context.Session is null)
                {
                    ThrowTerminatingError(ErrorRecordFactory.FromException(new SaeConfigurationException("ContextNotUsable",
                        "The -Context given carries no credential: it was serialized (Start-Job, Export-Clixml, a remote session), and a context is never written out with its credential. "
                        + "Use Start-ThreadJob or ForEach-Object -Parallel, which keep it in this process, or give a credential parameter."), Context));
                }

                _session = Context?.Session ?? SessionContexts.Current;
                _sessionRead = true;
            }

            return _session;
        }
    }

    /// <summary>Where this command's calls go: resolved on first use, on the pipeline thread, and a plain value after.</summary>
    internal Locator Locator
    {
        get
        {
            if (_locator is null)
            {
                RequirePipelineThread();
                _locator = CommandContextFactory.Locator(Endpoint, RegionId, Session, () => ResolveChain().RegionId, Environment, AllowUnencryptedHttp);
                foreach (string warning in CommandContextFactory.Warnings(_locator))
                {
                    WriteWarning(warning);
                }
            }

            return _locator;
        }
    }

    /// <summary>Where a call about this namespace goes.</summary>
    internal ServiceLocation Locate(string? namespaceId, string? regionId = null) => Locator.Locate(namespaceId, regionId);

    /// <summary>Where a call goes, or false after writing a non-terminating error that says how to set a region.</summary>
    internal bool TryLocate(string? namespaceId, string? regionId, object? target, out ServiceLocation location)
    {
        try
        {
            location = Locate(namespaceId, regionId);
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
        catch (Exception ex) when (ex is SaeServiceException || ex is SaeConfigurationException)
        {
            WriteError(ErrorRecordFactory.FromException(ex, target, subject));
            return null;
        }
    }

    /// <summary>
    /// Reads every page of a listing, handing each item on as its page arrives. A listing is never silently short,
    /// and a service whose paging lies cannot keep it going: an empty page before the total is reached, a page that
    /// brings nothing new, or more pages than the first page's TotalSize allows, each ends it with an error. An item
    /// seen twice is written once. Returns whether every page was read.
    /// </summary>
    internal bool ForEachPage<T>(Func<int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, int pageSize, Action<T> write, object? target, string subject)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lastPage = int.MaxValue;
        for (int page = 1; ; page++)
        {
            ApiRequest pageRequest = request(page);
            ApiResponse? response = Call(pageRequest, target, subject);
            if (response is null)
            {
                return false;
            }

            Page<T> result = parse(response);
            if (page == 1 && result.TotalSize > 0)
            {
                // A service may give fewer per page than asked; the pages the total needs are counted at that size.
                int perPage = result.Items.Count > 0 && result.Items.Count < pageSize ? result.Items.Count : pageSize;
                lastPage = (int)Math.Min(int.MaxValue, ((long)result.TotalSize + perPage - 1) / perPage);
            }

            int fresh = 0;
            foreach (T item in result.Items)
            {
                if (seen.Add(keyOf(item)))
                {
                    fresh++;
                    write(item);
                }
            }

            if (seen.Count >= result.TotalSize)
            {
                return true;
            }

            string? problem = result.Items.Count == 0 ? "Page " + page + " was empty"
                : fresh == 0 ? "Page " + page + " brought only items already read"
                : page >= lastPage ? "After " + page + " page(s), as many as the first page's total needs,"
                : null;
            if (problem != null)
            {
                var incomplete = new SaeServiceException(pageRequest.Api.Action, fresh == 0 && result.Items.Count > 0 ? "ListingRepeats" : "IncompleteListing",
                    problem + " but the service counts " + result.TotalSize + " items and " + seen.Count + " were read; the listing stopped rather than trust its paging",
                    null, response.RequestId, response.TraceId, null, SaeErrorCategory.InvalidResult, true, "Run the command again; check -Endpoint if this is not SAE.");
                WriteError(ErrorRecordFactory.FromException(incomplete, target, subject));
                return false;
            }
        }
    }

    /// <summary>
    /// The command's whole context, resolved once on the pipeline thread and made on first use, so that -WhatIf and
    /// bad input never need credentials. Hand it to worker threads; they must never reach back into the cmdlet.
    /// </summary>
    internal CommandContext CommandContext
    {
        get
        {
            if (_context is null)
            {
                RequirePipelineThread();
                ICredentialSource source = ResolveSource();
                var settings = new CallSettings(SignatureMethod, TimeSpan.FromSeconds(TimeoutSec), MaximumRetryCount, TimeSpan.FromSeconds(RetryIntervalSec),
                    "SaePowerShell/" + typeof(SaeCmdletBase).Assembly.GetName().Version + " PowerShell/" + Host.Version);
                try
                {
                    _context = CommandContextFactory.Create(source, Locator, settings, new CmdletLog(Dispatcher, WriteVerbose, WriteDebug), Environment);
                }
                catch (SaeConfigurationException ex)
                {
                    ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
                }
            }

            return _context!;
        }
    }

    /// <summary>The client of the command's context.</summary>
    internal SaeClient Client => CommandContext.Client;

    /// <summary>The credential chain for this command's parameters and its session default (CredentialChain has the order).</summary>
    internal ChosenCredential ResolveChain()
    {
        if (_chain is null)
        {
            RequirePipelineThread();
            _chain = CommandContextFactory.ResolveCredential(ExplicitCredentialParameters.Build(Credential, AccessKeyId, AccessKeySecret, null, ProfileName), Session, Environment);
        }

        return _chain;
    }

    /// <summary>A command's context belongs to its pipeline thread; a worker that reaches for it is a bug, caught here rather than on the wire.</summary>
    private void RequirePipelineThread()
    {
        if (Thread.CurrentThread.ManagedThreadId != _pipelineThread)
        {
            throw new InvalidOperationException("The command's context was first read on a worker thread; resolve it on the pipeline thread and hand it to the worker.");
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
            foreach (string note in credential.Notes)
            {
                WriteVerbose(note);
            }

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
