using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
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
public abstract partial class SaeCmdletBase : CancellableCmdlet
{
    private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;
    private SessionContext? _session;
    private bool _sessionRead;
    private ChosenCredential? _chain;
    private Locator? _locator;
    private CommandContext? _context;
    private bool _refused;

    /// <summary>Where the process environment variables are read (tests give their own); not -Environment, which New-SaeApplication takes.</summary>
    internal IEnvironment ProcessVariables { get; set; } = ProcessEnvironment.Instance;

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
                _locator = CommandContextFactory.Locator(Endpoint, RegionId, Session, () => ResolveChain().RegionId, ProcessVariables, AllowUnencryptedHttp);
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

    /// <summary>
    /// Makes one call, or writes its failure as a non-terminating error about <paramref name="target"/> and returns
    /// null: SAE's answer, a set-up that cannot call, or a state-changing call that got no answer (OutcomeUnknown).
    /// </summary>
    internal ApiResponse? Call(ApiRequest request, object? target, string? subject)
    {
        try
        {
            return Await(Client.SendAsync(request, CancellationToken));
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, target, subject));
            return null;
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
                    _context = CommandContextFactory.Create(source, Locator, settings, new CmdletLog(Dispatcher, WriteVerbose, WriteDebug), ProcessVariables, RunspaceClock.Current);
                }
                catch (SaeConfigurationException ex)
                {
                    ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
                }

                RefuseIfRegionUnknown(_context!);
            }

            return _context!;
        }
    }

    /// <summary>
    /// A -RegionId that is not one of the regions with a public endpoint is checked against SAE's own list
    /// (DescribeRegions, cached for an hour), once per command: a mistyped region would answer an empty listing and
    /// look like "no applications", so it is one non-terminating error naming the closest real region, and the
    /// command sends nothing more. A failed check only says so.
    /// </summary>
    private void RefuseIfRegionUnknown(CommandContext context)
    {
        if (RegionId is null || !ChecksRegion || !RegionCheck.NeedsAsking(RegionId))
        {
            return;
        }

        string? refusal = null;
        try
        {
            ServiceLocation location = context.Locator.Locate(null, RegionId);
            IReadOnlyList<SaeRegion> served = Await(RegionCache.GetAsync(context.Client, location, CancellationToken));
            refusal = RegionCheck.Refusal(RegionId, served.Select(r => r.RegionId).ToList());
        }
        catch (SaeException ex)
        {
            WriteVerbose("Could not check that SAE serves region '" + RegionId + "': " + ex.Message);
        }

        if (refusal != null)
        {
            _refused = true;
            WriteError(ErrorRecordFactory.Invalid("UnknownRegion", refusal, RegionId));
            throw new CommandRefusedException();
        }
    }

    /// <summary>Each input, unless the command was refused whole (a region SAE does not serve): its error is written once.</summary>
    protected sealed override void ProcessRecord()
    {
        if (!_refused)
        {
            try
            {
                ProcessInput();
            }
            catch (CommandRefusedException)
            {
            }
        }
    }

    /// <summary>The end of the input, unless the command was refused whole.</summary>
    protected sealed override void EndProcessing()
    {
        if (!_refused)
        {
            try
            {
                EndInput();
                WriteTotalCount();
            }
            catch (CommandRefusedException)
            {
            }
        }
    }

    /// <summary>What the command does with each input (PowerShell's ProcessRecord).</summary>
    internal virtual void ProcessInput()
    {
    }

    /// <summary>What the command does at the end of its input (PowerShell's EndProcessing).</summary>
    internal virtual void EndInput()
    {
    }

    /// <summary>Whether a -RegionId SAE may not serve is checked first; Get-SaeRegion, which lists them, does not.</summary>
    internal virtual bool ChecksRegion => true;

    /// <summary>The client of the command's context.</summary>
    internal SaeClient Client => CommandContext.Client;

    /// <summary>The credential chain for this command's parameters and its session default (CredentialChain has the order).</summary>
    internal ChosenCredential ResolveChain()
    {
        if (_chain is null)
        {
            RequirePipelineThread();
            _chain = CommandContextFactory.ResolveCredential(ExplicitCredentialParameters.Build(Credential, AccessKeyId, AccessKeySecret, null, ProfileName), Session, ProcessVariables);
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
