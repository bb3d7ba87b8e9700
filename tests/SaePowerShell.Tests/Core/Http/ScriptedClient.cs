using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>A client whose every answer is scripted, with a fake clock and no retries: what a call protocol sends, and what it makes of each answer.</summary>
internal static class ScriptedClient
{
    public static (SaeClient Client, ScriptedHandler Handler) Create(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var handler = new ScriptedHandler(steps);
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "secret", null, "t"),
            new SaeClientOptions { MaximumRetryCount = 0 }, NullLog.Instance, new FakeClock(), () => 0.5, () => Guid.NewGuid().ToString("N"));
        return (client, handler);
    }

    /// <summary>As <see cref="Create"/>, with credentials from <paramref name="source"/> on the <paramref name="clock"/> it shares, telling <paramref name="log"/> what it does.</summary>
    public static (SaeClient Client, ScriptedHandler Handler) WithSource(ICredentialSource source, FakeClock clock, ISaeLog log, params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var handler = new ScriptedHandler(steps);
        var client = new SaeClient(new HttpMessageInvoker(handler), source, new SaeClientOptions { MaximumRetryCount = 0 }, log, clock, () => 0.5, () => Guid.NewGuid().ToString("N"));
        return (client, handler);
    }
}
