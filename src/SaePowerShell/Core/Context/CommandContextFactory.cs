using System;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.RateLimiting;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Context;

/// <summary>
/// The one place a command's context is composed: the credential chain, the location chain, the client and the
/// account's quota. Every cmdlet, Connect-SaeAccount and the tab completers come through here, so they agree on
/// all of it, and the completers' calls count against the same quota as the commands'.
/// </summary>
internal static class CommandContextFactory
{
    /// <summary>The credential the chain yields for these parameters and this session default (CredentialChain has the order).</summary>
    public static ChosenCredential ResolveCredential(ExplicitCredentials given, SessionContext? session, IEnvironment environment, bool connecting = false) =>
        CredentialChain.Resolve(given, session, environment, connecting);

    /// <summary>Where calls go. The profile's region is last in the chain; a broken profile shows up when credentials are resolved, not here.</summary>
    public static Locator Locator(Uri? endpoint, string? regionId, SessionContext? session, Func<string?> profileRegion, IEnvironment environment, bool allowCleartext = false) =>
        new Locator(endpoint, regionId, new LocationDefaults(session?.RegionId, session?.Endpoint, SafeProfileRegion(profileRegion)), environment, allowCleartext || (session?.AllowCleartext ?? false) || CleartextPolicy.AllowedBy(environment));

    /// <summary>What to warn about before any call: an opted-in endpoint that is plain http to another machine.</summary>
    public static System.Collections.Generic.IEnumerable<string> Warnings(Locator locator)
    {
        (Uri? endpoint, string? source) = ServiceLocator.Configured(locator.Endpoint, locator.Defaults, locator.Environment);
        if (locator.AllowCleartext && endpoint != null && CleartextPolicy.IsCleartextToAnotherHost(endpoint))
        {
            yield return CleartextPolicy.Warning(endpoint, source!);
        }

        string? sts = locator.Environment.Get(Credentials.Sts.StsEndpoint.EndpointVariable);
        if (CleartextPolicy.AllowedBy(locator.Environment) && Uri.TryCreate(sts?.Trim(), UriKind.Absolute, out Uri? stsUri) && CleartextPolicy.IsCleartextToAnotherHost(stsUri))
        {
            yield return CleartextPolicy.Warning(stsUri, Credentials.Sts.StsEndpoint.EndpointVariable);
        }
    }

    /// <summary>
    /// The client for this credential, with the account's quota; a bad quota or connect-timeout setting is a configuration
    /// error here. Its waits and timestamps come from <paramref name="clock"/>, the system's unless a test host says otherwise.
    /// </summary>
    public static CommandContext Create(ICredentialSource source, Locator locator, CallSettings settings, ISaeLog log, IEnvironment environment, IClock? clock = null)
    {
        SharedHttp.ConnectTimeout(environment.Get(SharedHttp.ConnectTimeoutVariable));
        var options = new SaeClientOptions
        {
            SignatureMethod = settings.SignatureMethod,
            Timeout = settings.Timeout,
            MaximumRetryCount = settings.MaximumRetryCount,
            RetryInterval = settings.RetryInterval,
            UserAgent = settings.UserAgent,
            RateLimiter = RateLimits.For(source.AccountKey, environment, ServiceLocator.Configured(locator.Endpoint, locator.Defaults, environment).Endpoint?.IsLoopback == true),
        };
        return new CommandContext(new SaeClient(source, options, log, clock ?? SystemClock.Instance), locator, source);
    }

    private static string? SafeProfileRegion(Func<string?> profileRegion)
    {
        try
        {
            return profileRegion();
        }
        catch (SaeConfigurationException)
        {
            return null;
        }
    }
}
