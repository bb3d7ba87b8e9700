using SaePowerShell.Core.Credentials;
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
}
