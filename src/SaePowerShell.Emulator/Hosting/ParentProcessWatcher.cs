using System.Diagnostics;

namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// Stops the emulator once the process that started it is gone, so a test run that crashes leaves no server behind.
/// Polls once a second on real time; the start time guards against the pid being reused by an unrelated process.
/// </summary>
internal static class ParentProcessWatcher
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static bool IsRunning(int pid) => StartTimeOf(pid) is not null;

    /// <summary>Stops <paramref name="lifetime"/> within about a second of the process <paramref name="parentPid"/> exiting.</summary>
    /// <param name="onParentGone">Called before the stop when it is the parent's exit that stops the emulator.</param>
    public static void Watch(int parentPid, IHostApplicationLifetime lifetime, Action? onParentGone = null)
    {
        DateTime? startTime = StartTimeOf(parentPid);
        if (startTime is null)
        {
            onParentGone?.Invoke();
            lifetime.StopApplication();
            return;
        }

        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Interval);
            try
            {
                while (await timer.WaitForNextTickAsync(lifetime.ApplicationStopping))
                {
                    if (StartTimeOf(parentPid) != startTime)
                    {
                        onParentGone?.Invoke();
                        lifetime.StopApplication();
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The emulator is stopping for another reason.
            }
        });
    }

    /// <summary>The process's start time, or null when no such process is running.</summary>
    private static DateTime? StartTimeOf(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return null;
            }

            try
            {
                return process.StartTime;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                // Start time not readable (another user's process): fall back to "alive" without pid-reuse protection.
                return DateTime.MinValue;
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
