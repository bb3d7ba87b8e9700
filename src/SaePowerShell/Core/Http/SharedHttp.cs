using System;
using System.Globalization;
using System.Net;
using System.Net.Http;

namespace SaePowerShell.Core.Http;

/// <summary>
/// One HttpClient for the whole PowerShell process: its connection pool is reused across calls and cmdlets
/// (keep-alive, no socket exhaustion). It honours HTTP_PROXY/HTTPS_PROXY/NO_PROXY through the default proxy.
/// </summary>
internal static class SharedHttp
{
    public const string ConnectTimeoutVariable = SaeEnvironmentVariables.ConnectTimeout;
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Long-lived pooled connections are renewed now and then, so a changed DNS answer is picked up.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    private static readonly Lazy<HttpClient> Lazy = new Lazy<HttpClient>(() => NewClient(pooled: true));

    private static readonly Lazy<HttpClient> LazyUnpooled = new Lazy<HttpClient>(() => NewClient(pooled: false));

    /// <summary>For reads and for the credential services: keep-alive connections, shared.</summary>
    public static HttpClient Client => Lazy.Value;

    /// <summary>For calls that change state: a connection of their own each, never taken from or given back to a pool (see <see cref="HttpTransport"/>).</summary>
    public static HttpClient Unpooled => LazyUnpooled.Value;

    // Each attempt has its own deadline (SaeClientOptions.Timeout); the client-wide one would cut across retries.
    private static HttpClient NewClient(bool pooled)
    {
        TlsPolicy.Apply(ServicePointSetting.Instance);
        return new HttpClient(CreateHandler(ConnectTimeoutOrDefault(Environment.GetEnvironmentVariable(ConnectTimeoutVariable)), pooled)) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// On PowerShell 7 (.NET), SocketsHttpHandler, made by reflection because netstandard2.0 cannot name it: it takes a
    /// connect timeout, so an endpoint that swallows packets fails fast instead of using up -TimeoutSec. On Windows
    /// PowerShell 5.1 (.NET Framework) there is none, and HttpClientHandler serves.
    /// </summary>
    internal static HttpMessageHandler CreateHandler(TimeSpan connectTimeout, bool pooled = true)
    {
        Type? sockets = Type.GetType("System.Net.Http.SocketsHttpHandler, System.Net.Http", throwOnError: false);
        if (sockets != null && Activator.CreateInstance(sockets) is HttpMessageHandler handler)
        {
            sockets.GetProperty("ConnectTimeout")?.SetValue(handler, connectTimeout);
            sockets.GetProperty("PooledConnectionLifetime")?.SetValue(handler, pooled ? PooledConnectionLifetime : TimeSpan.Zero);
            sockets.GetProperty("AutomaticDecompression")?.SetValue(handler, DecompressionMethods.GZip | DecompressionMethods.Deflate);
            sockets.GetProperty("AllowAutoRedirect")?.SetValue(handler, false);
            return handler;
        }

        return new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            AllowAutoRedirect = false,
        };
    }

    /// <summary>
    /// The client lives for the process, and a Lazy keeps a failure for good: a bad value here falls back to the
    /// default, and the cmdlets report it (ConnectTimeout) before they make any call.
    /// </summary>
    private static TimeSpan ConnectTimeoutOrDefault(string? value)
    {
        try
        {
            return ConnectTimeout(value);
        }
        catch (SaeConfigurationException)
        {
            return DefaultConnectTimeout;
        }
    }

    /// <summary>The connect timeout from SAE_POWERSHELL_CONNECT_TIMEOUT_SEC, else the default; a bad value names itself.</summary>
    internal static TimeSpan ConnectTimeout(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultConnectTimeout;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds <= 3600)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        throw new SaeConfigurationException("InvalidConnectTimeout", ConnectTimeoutVariable + " is '" + value + "'; give seconds between 0 and 3600, such as 10.");
    }
}
