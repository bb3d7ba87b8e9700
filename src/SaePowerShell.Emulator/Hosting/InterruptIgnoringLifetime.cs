using System.Runtime.InteropServices;

namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// The host lifetime under <c>--ignore-interrupt</c>: SIGTERM and SIGQUIT stop the emulator as ConsoleLifetime would, but
/// SIGINT (Ctrl+C) is swallowed. Start-SaeEmulator starts the emulator in the terminal's foreground process group, so
/// a Ctrl+C typed at PowerShell to stop one command would otherwise kill the emulator under the whole session; the
/// emulator still ends with PowerShell through <c>--parent-pid</c>.
/// </summary>
internal sealed class InterruptIgnoringLifetime(IHostApplicationLifetime lifetime) : IHostLifetime, IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
        if (!OperatingSystem.IsWindows())
        {
            _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop));
        }

        // Where Ctrl+C arrives as a console event rather than as a signal, it is cancelled here.
        Console.CancelKeyPress += IgnoreCancelKey;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        Console.CancelKeyPress -= IgnoreCancelKey;
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private static void IgnoreCancelKey(object? sender, ConsoleCancelEventArgs e) => e.Cancel = true;

    private void Stop(PosixSignalContext context)
    {
        // Cancel the default (immediate termination) so the host shuts down in order, as ConsoleLifetime does.
        context.Cancel = true;
        lifetime.StopApplication();
    }
}
