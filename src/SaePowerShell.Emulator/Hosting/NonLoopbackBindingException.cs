namespace SaePowerShell.Emulator.Hosting;

/// <summary>The server ended up listening on an address that is not loopback; it has been stopped again. Exit code 2.</summary>
public sealed class NonLoopbackBindingException(string address)
    : Exception($"refusing to run: the server listens on {address}, which is not a loopback address; the emulator only listens on 127.0.0.1, ::1 or localhost.")
{
    public string Address { get; } = address;
}
