using System.Globalization;
using System.Net;
using SaePowerShell.Emulator.State;

namespace SaePowerShell.Emulator;

/// <summary>
/// The emulator's command line. Everything has a default so that a bare <c>dotnet SaePowerShell.Emulator.dll</c> is a
/// working demo.
/// </summary>
/// <remarks>
/// The default key pair is public on purpose: it only ever opens this local emulator, and tests and demos need a
/// credential they can write down. AccessKeyId <c>LTAI5tSaeEmulatorKey</c>, AccessKeySecret
/// <c>SaeEmulatorSecretForLocalTestsOnly</c>.
/// </remarks>
public sealed record EmulatorOptions
{
    public const string DefaultAccessKeyId = "LTAI5tSaeEmulatorKey";
    public const string DefaultAccessKeySecret = "SaeEmulatorSecretForLocalTestsOnly";
    public const int DefaultChangeOrderDelayMs = 1500;
    public const string DefaultUrls = "http://127.0.0.1:0";

    /// <summary>The OIDC token AssumeRoleWithOIDC always accepts; <c>--oidc-token</c> adds others.</summary>
    public const string DefaultOidcToken = "emulator-oidc-token";

    public const string Usage =
        "Usage: dotnet SaePowerShell.Emulator.dll [--urls http://127.0.0.1:PORT] [--seed FILE]\n" +
        "         [--access-key-id ID --access-key-secret SECRET] [--security-token TOKEN]\n" +
        "         [--change-order-delay-ms N] [--latency-ms N] [--ready-file PATH] [--parent-pid PID]\n" +
        "         [--oidc-token TOKEN]... [--sts-duration-cap-seconds N] [--imds-v2-only]\n" +
        "         [--batch-orders-per-namespace] [--ignore-interrupt]\n" +
        "         [--state-file PATH [--state-save on-change|on-shutdown]] [--snapshot FILE] [--accounts FILE]";

    /// <summary>ASP.NET Core's own <c>--urls</c>; only loopback hosts are accepted.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Seed file; null means the embedded DefaultSeed.json.</summary>
    public string? SeedFile { get; init; }

    /// <summary>
    /// A snapshot (<c>GET /_emulator/snapshot</c>, Save-SaeEmulatorSnapshot) to start from instead of a seed
    /// (<c>--snapshot</c>), read once and never written; reset returns to it. Not with <see cref="SeedFile"/>.
    /// </summary>
    public string? SnapshotFile { get; init; }

    /// <summary>
    /// The world that lasts (<c>--state-file</c>): read at start when it exists, else the seed's (or snapshot's) world;
    /// written atomically as <see cref="StateSave"/> says.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary><c>--state-save</c>; null means <see cref="StateSaveMode.OnChange"/>. Only with <see cref="StateFile"/>.</summary>
    public StateSaveMode? StateSave { get; init; }

    /// <summary>
    /// More accounts (<c>--accounts</c>): a JSON array of entries like the seed's <c>accounts</c>
    /// (<c>[{"accountId": "…", "accessKeys": [{"accessKeyId": "…", "accessKeySecret": "…"}], "seedFile": "…"}]</c>).
    /// </summary>
    public string? AccountsFile { get; init; }

    public string AccessKeyId { get; init; } = DefaultAccessKeyId;

    public string AccessKeySecret { get; init; } = DefaultAccessKeySecret;

    /// <summary>When set, requests signed with <see cref="AccessKeyId"/> must carry it as x-acs-security-token (an STS credential).</summary>
    public string? SecurityToken { get; init; }

    /// <summary>Null means "whatever the seed says, else 1500": the command line wins over the seed only when given.</summary>
    public int? ChangeOrderDelayMs { get; init; }

    /// <summary>Milliseconds added to every SAE API answer (benchmarks); null means the seed's <c>latencyMs</c>, else 0.</summary>
    public int? LatencyMs { get; init; }

    public string? ReadyFile { get; init; }

    /// <summary>OIDC tokens AssumeRoleWithOIDC accepts besides <see cref="DefaultOidcToken"/> (<c>--oidc-token</c>, repeatable).</summary>
    public IReadOnlyList<string> ExtraOidcTokens { get; init; } = [];

    /// <summary>Every OIDC token AssumeRoleWithOIDC accepts, compared exactly (a trailing newline makes another token).</summary>
    public IReadOnlyList<string> AcceptedOidcTokens => [DefaultOidcToken, .. ExtraOidcTokens];

    /// <summary>
    /// When set, every STS credential the emulator issues (AssumeRole, AssumeRoleWithOIDC, ECS metadata, credentials URI)
    /// lives at most this many seconds, whatever DurationSeconds asked for, so tests can watch credentials expire.
    /// </summary>
    public int? StsDurationCapSeconds { get; init; }

    /// <summary>The ECS metadata stand-in refuses requests without an <c>X-aliyun-ecs-metadata-token</c> (IMDSv1).</summary>
    public bool ImdsV2Only { get; init; }

    public int? ParentPid { get; init; }

    /// <summary>Batch change orders belong to the namespace only (<c>--batch-orders-per-namespace</c>); on whatever the seed says.</summary>
    public bool BatchOrdersPerNamespace { get; init; }

    /// <summary>
    /// SIGINT and Ctrl+C do not stop the process (<c>--ignore-interrupt</c>): Start-SaeEmulator runs it in the foreground
    /// terminal's process group, whose Ctrl+C is meant for PowerShell; the emulator ends with its parent (<c>--parent-pid</c>) or SIGTERM.
    /// </summary>
    public bool IgnoreInterrupt { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Parses <c>--name value</c> and <c>--name=value</c>; throws <see cref="EmulatorOptionsException"/> on anything else.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        bool keyIdGiven = false, secretGiven = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                options = options with { ShowHelp = true };
                continue;
            }

            // The switches take no value, so they must not swallow the next argument.
            if (string.Equals(arg, "--imds-v2-only", StringComparison.OrdinalIgnoreCase))
            {
                options = options with { ImdsV2Only = true };
                continue;
            }

            if (string.Equals(arg, "--batch-orders-per-namespace", StringComparison.OrdinalIgnoreCase))
            {
                options = options with { BatchOrdersPerNamespace = true };
                continue;
            }

            if (string.Equals(arg, "--ignore-interrupt", StringComparison.OrdinalIgnoreCase))
            {
                options = options with { IgnoreInterrupt = true };
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new EmulatorOptionsException($"Unexpected argument '{arg}'.");
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }

            if (value is null)
            {
                throw new EmulatorOptionsException($"Option {name} needs a value.");
            }

            switch (name.ToLowerInvariant())
            {
                case "--urls":
                    options = options with { Urls = value };
                    break;
                case "--seed":
                    options = options with { SeedFile = value };
                    break;
                case "--snapshot":
                    options = options with { SnapshotFile = value };
                    break;
                case "--accounts":
                    options = options with { AccountsFile = value };
                    break;
                case "--state-file":
                    options = options with { StateFile = value };
                    break;
                case "--state-save":
                    options = options with { StateSave = ParseStateSave(value) };
                    break;
                case "--access-key-id":
                    options = options with { AccessKeyId = value };
                    keyIdGiven = true;
                    break;
                case "--access-key-secret":
                    options = options with { AccessKeySecret = value };
                    secretGiven = true;
                    break;
                case "--security-token":
                    options = options with { SecurityToken = value };
                    break;
                case "--change-order-delay-ms":
                    options = options with { ChangeOrderDelayMs = ParseInt(name, value, minimum: 0) };
                    break;
                case "--latency-ms":
                    options = options with { LatencyMs = ParseInt(name, value, minimum: 0) };
                    break;
                case "--ready-file":
                    options = options with { ReadyFile = value };
                    break;
                case "--parent-pid":
                    options = options with { ParentPid = ParseInt(name, value, minimum: 1) };
                    break;
                case "--oidc-token":
                    options = options with { ExtraOidcTokens = [.. options.ExtraOidcTokens, value] };
                    break;
                case "--sts-duration-cap-seconds":
                    options = options with { StsDurationCapSeconds = ParseInt(name, value, minimum: 1) };
                    break;
                default:
                    throw new EmulatorOptionsException($"Unknown option '{name}'.");
            }
        }

        // Half a key pair would silently pair a custom id with the public default secret.
        if (keyIdGiven != secretGiven)
        {
            throw new EmulatorOptionsException("--access-key-id and --access-key-secret must be given together.");
        }

        options.Validate();
        return options;
    }

    /// <summary>Checks what Parse cannot see when options are built in code (tests).</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(AccessKeyId) || string.IsNullOrEmpty(AccessKeySecret))
        {
            throw new EmulatorOptionsException("The access key id and secret must not be empty.");
        }

        if (SeedFile is not null && SnapshotFile is not null)
        {
            throw new EmulatorOptionsException("--seed and --snapshot both name the starting world; give one of them.");
        }

        if (SeedFile is { Length: 0 } || SnapshotFile is { Length: 0 } || StateFile is { Length: 0 } || AccountsFile is { Length: 0 })
        {
            throw new EmulatorOptionsException("--seed, --snapshot, --state-file and --accounts need a path, not an empty string.");
        }

        if (StateSave is not null && StateFile is null)
        {
            throw new EmulatorOptionsException("--state-save says when --state-file is written; give --state-file too.");
        }

        if (StateSave is not null && !Enum.IsDefined(StateSave.Value))
        {
            throw new EmulatorOptionsException("--state-save must be on-change or on-shutdown.");
        }

        if (SecurityToken is { Length: 0 })
        {
            throw new EmulatorOptionsException("--security-token must not be empty.");
        }

        if (ExtraOidcTokens.Any(string.IsNullOrEmpty))
        {
            throw new EmulatorOptionsException("--oidc-token must not be empty.");
        }

        if (StsDurationCapSeconds is < 1)
        {
            throw new EmulatorOptionsException("--sts-duration-cap-seconds must be 1 or more.");
        }

        if (ChangeOrderDelayMs is < 0)
        {
            throw new EmulatorOptionsException("--change-order-delay-ms must be 0 or more.");
        }

        if (LatencyMs is < 0 or > Faults.FaultPlan.MaxLatencyMs)
        {
            throw new EmulatorOptionsException($"--latency-ms must be from 0 to {Faults.FaultPlan.MaxLatencyMs}.");
        }

        foreach (string url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            RequireLoopback(url);
        }
    }

    /// <summary>
    /// The emulator accepts a well-known secret and has unauthenticated admin endpoints, so it must never be reachable
    /// from another machine.
    /// </summary>
    private static void RequireLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new EmulatorOptionsException($"--urls: '{url}' is not an http:// URL.");
        }

        string host = uri.Host.Trim('[', ']');
        bool loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address));
        if (!loopback)
        {
            throw new EmulatorOptionsException($"--urls: '{url}' is not a loopback address; the emulator only listens on 127.0.0.1, ::1 or localhost.");
        }
    }

    private static StateSaveMode ParseStateSave(string value) => value.ToLowerInvariant() switch
    {
        "on-change" => StateSaveMode.OnChange,
        "on-shutdown" => StateSaveMode.OnShutdown,
        _ => throw new EmulatorOptionsException($"--state-save must be on-change or on-shutdown, not '{value}'."),
    };

    private static int ParseInt(string name, string value, int minimum)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result) || result < minimum)
        {
            throw new EmulatorOptionsException($"Option {name} needs an integer of at least {minimum}, not '{value}'.");
        }

        return result;
    }
}

/// <summary>A command line or seed the emulator cannot start with; the process exits with code 2.</summary>
public sealed class EmulatorOptionsException(string message) : Exception(message);
