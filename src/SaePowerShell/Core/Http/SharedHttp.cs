using System;
using System.Net;
using System.Net.Http;

namespace SaePowerShell.Core.Http
{
    /// <summary>
    /// One HttpClient for the whole PowerShell process: its connection pool is reused across calls and cmdlets
    /// (keep-alive, no socket exhaustion). It honours HTTP_PROXY/HTTPS_PROXY/NO_PROXY through the default proxy.
    /// </summary>
    internal static class SharedHttp
    {
        private static readonly Lazy<HttpClient> Lazy = new Lazy<HttpClient>(() =>
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                AllowAutoRedirect = false,
            };

            // Each attempt has its own deadline (SaeClientOptions.Timeout); the client-wide one would cut across retries.
            return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        });

        public static HttpClient Client => Lazy.Value;
    }
}
