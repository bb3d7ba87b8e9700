using SaePowerShell.Emulator.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Console;
using SaePowerShell.Emulator.Admin;
using SaePowerShell.Emulator.Credentials;
using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Hosting;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.State;
using SaePowerShell.Emulator.Sts;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator;

/// <summary>
/// The emulator as a hostable object: the command line runs one, and tests run one in-process with their own clock
/// and seed, talking to it over real HTTP.
/// </summary>
public sealed class EmulatorApp : IAsyncDisposable
{
    // The state file's last write, once: when the host stops, or when the app is disposed without being stopped (tests).
    private Action? _onStop;

    private EmulatorApp(WebApplication web, Action? onStop)
    {
        Web = web;
        if (onStop is not null)
        {
            _onStop = onStop;
            web.Lifetime.ApplicationStopping.Register(RunOnStop);
        }
    }

    public WebApplication Web { get; }

    /// <summary>The bound base URL without a trailing slash, e.g. <c>http://127.0.0.1:53124</c>; set by <see cref="StartAsync"/>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Builds (but does not start) an emulator.</summary>
    /// <param name="options">The command line; <see cref="EmulatorOptions.Validate"/> is applied again.</param>
    /// <param name="clock">The clock for signature timestamps, nonces and change orders; defaults to the system clock.
    /// It is deliberately not registered in DI, so Kestrel keeps its own timers on real time.</param>
    /// <param name="seed">The starting world; defaults to <see cref="EmulatorOptions.SeedFile"/>, else the embedded default.
    /// With <see cref="EmulatorOptions.SnapshotFile"/> the snapshot is the starting world, and the seed gives only the fault plan and latency.</param>
    /// <exception cref="EmulatorOptionsException">The options are invalid, or the snapshot or state file cannot be used (the message names the path and the problem).</exception>
    /// <exception cref="SeedException">The seed is invalid.</exception>
    public static EmulatorApp Create(EmulatorOptions options, TimeProvider? clock = null, SeedDocument? seed = null)
    {
        options.Validate();
        clock ??= TimeProvider.System;
        SeedDocument startSeed = seed is not null ? SeedLoader.Normalise(seed)
            : options.SeedFile is not null ? SeedLoader.LoadFile(options.SeedFile)
            : SeedLoader.LoadDefault();

        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The emulator parses its own command line; ASP.NET only gets --urls, through UseUrls below, so no stray
            // argument or environment variable can make it listen elsewhere.
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);

        // Kestrel's "Kestrel" configuration section (Kestrel__Endpoints__Http__Url in the environment, an
        // appsettings.json beside the dll) would override --urls and its loopback check; an empty section in its place
        // leaves --urls the only say in where the emulator listens. StartAsync checks the outcome all the same.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Configure(new ConfigurationBuilder().Build(), reloadOnChange: false));

        // The one line the emulator prints on stdout is the "listening" line; ASP.NET's informational chatter would
        // bury it for the scripts that wait for it, and even its warnings and errors go to stderr.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        if (options.IgnoreInterrupt)
        {
            // In place of ConsoleLifetime, which stops the host on SIGINT like on SIGTERM.
            builder.Services.AddSingleton<IHostLifetime, InterruptIgnoringLifetime>();
        }

        string seedFolder = seed is null && options.SeedFile is not null ? Path.GetDirectoryName(Path.GetFullPath(options.SeedFile))! : Environment.CurrentDirectory;
        IReadOnlyList<AccountSetup> setups = AccountLoader.Load(startSeed, seedFolder, options.AccountsFile, options.AccessKeyId);
        SaeWorld NewWorld(SeedDocument seed) => new(seed, clock, options.ChangeOrderDelayMs, options.BatchOrdersPerNamespace);
        var accounts = new EmulatorAccounts(
            new EmulatorAccount(EmulatorAccounts.DefaultAccountId, startSeed, NewWorld(startSeed)),
            setups.Select(a => new EmulatorAccount(a.AccountId, a.Seed, NewWorld(a.Seed))));
        WorldSnapshot? startSnapshot = options.SnapshotFile is null ? null : ReadSnapshotFile(options.SnapshotFile);
        var faults = new FaultInjector(startSeed, options.LatencyMs);
        var nonces = new NonceCache(clock);
        var log = new RequestLog();
        var keys = new AccessKeyStore([new AccessKey(options.AccessKeyId, options.AccessKeySecret, options.SecurityToken), .. setups.SelectMany(a => a.Keys)]);
        var runtime = new EmulatorRuntime(startSnapshot, accounts, faults, nonces, log);
        var issuer = new StsCredentialIssuer(keys, clock, options.StsDurationCapSeconds);
        if (startSnapshot is not null)
        {
            RestoreOrRefuse(accounts, startSnapshot, $"The snapshot '{Path.GetFullPath(options.SnapshotFile!)}'");
        }

        WebApplication web = builder.Build();
        Action? onStop = options.StateFile is null ? null
            : AttachStateFile(accounts, new StateFile(options.StateFile, options.StateSave ?? StateSaveMode.OnChange, web.Logger));

        // Ahead of every endpoint, the SAE gateway, STS and the credential stand-ins included: first the Host (DNS
        // rebinding), then, for the state-changing admin endpoints, proof that the request is not a simple cross-site one.
        web.Use(HostHeaderCheck.InvokeAsync);
        web.Use(CrossSiteRequestCheck.InvokeAsync);

        var gateway = new SaeGateway(new SignatureVerifier(keys, nonces, clock), keys, accounts, faults, log, web.Logger);
        AdminEndpoints.Map(web, runtime);
        CredentialEndpoints.Map(web, issuer, log, options.ImdsV2Only);

        // STS shares the port and tells itself apart by path: "/" with an Action parameter (SAE has no API at "/").
        var sts = new StsEndpoint(new RpcSignatureCheck(keys, nonces, clock), issuer, keys, accounts, options.AcceptedOidcTokens, log, gateway, web.Logger);
        web.MapMethods("/", [HttpMethods.Get, HttpMethods.Post], sts.HandleAsync);

        // Everything else is an SAE request: the gateway matches paths itself, case-sensitively, as SAE does, and
        // answers InvalidApi.NotFound for anything it does not know.
        web.Map("/{**path}", gateway.HandleAsync);
        return new EmulatorApp(web, onStop);
    }

    /// <summary>
    /// The state file's worlds when there is one, else the starting worlds written there at once (on-change); then the
    /// file follows every account's world; the action returned writes it a last time, when the emulator stops.
    /// </summary>
    private static Action AttachStateFile(EmulatorAccounts accounts, StateFile file)
    {
        if (file.Read() is { } saved)
        {
            RestoreOrRefuse(accounts, saved, file.Source);
        }

        if (file.Mode == StateSaveMode.OnChange)
        {
            file.SaveAtStart(accounts);
        }

        foreach (EmulatorAccount account in accounts.All)
        {
            string accountId = account.AccountId;
            account.World.AfterTransaction = state => file.OnTransaction(accountId, state);
        }

        return () => file.Save(accounts);
    }

    private static WorldSnapshot ReadSnapshotFile(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return WorldSnapshots.Parse(File.ReadAllText(full), $"The snapshot '{full}'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmulatorOptionsException($"Cannot read the snapshot '{full}': {e.Message}");
        }
        catch (WorldSnapshotException e)
        {
            throw new EmulatorOptionsException(e.Message);
        }
    }

    private static void RestoreOrRefuse(EmulatorAccounts accounts, WorldSnapshot snapshot, string source)
    {
        try
        {
            accounts.Restore(snapshot, source);
        }
        catch (WorldSnapshotException e)
        {
            throw new EmulatorOptionsException(e.Message);
        }
    }

    /// <summary>Starts listening where <see cref="EmulatorOptions.Urls"/> says.</summary>
    /// <exception cref="NonLoopbackBindingException">The server listened on a non-loopback address anyway; it is stopped again.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await Web.StartAsync(cancellationToken);
        IServerAddressesFeature addresses = Web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server does not report its addresses.");
        string? outside = LoopbackBinding.FirstNonLoopback(addresses.Addresses);
        if (outside is not null)
        {
            await Web.StopAsync(CancellationToken.None);
            throw new NonLoopbackBindingException(outside);
        }

        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => Web.StopAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        RunOnStop();
        return Web.DisposeAsync();
    }

    private void RunOnStop() => Interlocked.Exchange(ref _onStop, null)?.Invoke();
}
