using System.Net;

namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// The check after start: every address the server reports must be loopback. <c>--urls</c> is checked before start,
/// and Kestrel's own endpoint configuration is switched off, but the emulator accepts a public secret and has
/// unsigned admin endpoints, so what it actually listens on is checked too, whatever put it there.
/// </summary>
public static class LoopbackBinding
{
    /// <summary>The first reported address that is not loopback, or null when all are.</summary>
    public static string? FirstNonLoopback(IEnumerable<string> addresses) => addresses.FirstOrDefault(a => !IsLoopback(a));

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri))
        {
            return false;
        }

        // Kestrel binds "localhost" to 127.0.0.1 and ::1 only, and reports it by that name.
        string host = uri.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out IPAddress? ip) && IPAddress.IsLoopback(ip));
    }
}
