using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Hosting;

/// <summary>The command-line life of the emulator: parse, start, announce, wait, exit.</summary>
internal static class EmulatorProcess
{
    /// <summary>Exit codes: 0 normal stop, 1 could not start (e.g. port in use), 2 bad command line or seed, or a listening address that is not loopback.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        EmulatorOptions options;
        EmulatorApp app;
        try
        {
            options = EmulatorOptions.Parse(args);
            if (options.ShowHelp)
            {
                await stdout.WriteLineAsync(EmulatorOptions.Usage);
                return 0;
            }

            app = EmulatorApp.Create(options);
        }
        catch (Exception e) when (e is EmulatorOptionsException or SeedException)
        {
            await stderr.WriteLineAsync("SAE emulator: " + e.Message);
            await stderr.WriteLineAsync(EmulatorOptions.Usage);
            return 2;
        }

        // A parent that is already gone means nobody will ever use or stop this emulator.
        if (options.ParentPid is int parent && !ParentProcessWatcher.IsRunning(parent))
        {
            await stderr.WriteLineAsync($"SAE emulator: parent process {parent} is not running; not starting.");
            await app.DisposeAsync();
            return 0;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync();
            }
            catch (NonLoopbackBindingException e)
            {
                await stderr.WriteLineAsync("SAE emulator: " + e.Message);
                return 2;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                await stderr.WriteLineAsync("SAE emulator: cannot listen on " + options.Urls + ": " + e.Message);
                return 1;
            }

            // The ready file first: a client that waits for the announcement must find the file already there.
            if (options.ReadyFile is not null)
            {
                ReadyFile.Write(options.ReadyFile, app.BaseUrl);
            }

            await stdout.WriteLineAsync("SAE emulator listening on " + app.BaseUrl);
            await stdout.FlushAsync();

            bool orphaned = false;
            if (options.ParentPid is int parentPid)
            {
                ParentProcessWatcher.Watch(parentPid, app.Web.Lifetime, () => orphaned = true);
            }

            await app.Web.WaitForShutdownAsync();

            // Nobody is left to run Stop-SaeEmulator, which would have removed the work folder the ready file is in.
            if (orphaned && options.ReadyFile is not null)
            {
                ReadyFile.RemoveWorkFolder(options.ReadyFile);
            }

            return 0;
        }
    }
}
