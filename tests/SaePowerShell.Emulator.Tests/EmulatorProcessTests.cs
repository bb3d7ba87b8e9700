using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The emulator as the command line runs it: a separate <c>dotnet SaePowerShell.Emulator.dll</c> process.</summary>
public sealed class EmulatorProcessTests
{
    private static readonly string EmulatorDll = Path.Combine(AppContext.BaseDirectory, "SaePowerShell.Emulator.dll");

    [Fact]
    public async Task Announces_ItsUrl_OnOneLine_AndInTheReadyFile_ThenServes()
    {
        string readyFile = Path.Combine(Path.GetTempPath(), $"sae-emulator-{Guid.NewGuid():N}.url");
        using Process emulator = Start("--ready-file", readyFile, "--parent-pid", Environment.ProcessId.ToString());
        try
        {
            string? line = await emulator.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Match match = Regex.Match(line ?? "", @"^SAE emulator listening on (http://127\.0\.0\.1:(\d+))$");
            Assert.True(match.Success, $"Unexpected first line: '{line}'");
            Assert.NotEqual("0", match.Groups[2].Value);
            Assert.Equal(match.Groups[1].Value, await File.ReadAllTextAsync(readyFile));
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            HttpResponseMessage state = await http.GetAsync(match.Groups[1].Value + "/_emulator/state");
            Assert.Equal(System.Net.HttpStatusCode.OK, state.StatusCode);
        }
        finally
        {
            emulator.Kill();
            await emulator.WaitForExitAsync();
            File.Delete(readyFile);
        }

        // Nothing but the one line: ASP.NET's own logging stays below the emulator's announcement.
        Assert.Equal("", (await emulator.StandardOutput.ReadToEndAsync()).Trim());
    }

    [Fact]
    public async Task ExitsSoonAfterItsParentProcess()
    {
        // Any long-running process will do as the parent; another emulator is one that exists on every platform.
        using Process parent = Start();
        using Process emulator = Start("--parent-pid", parent.Id.ToString());
        try
        {
            await parent.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await emulator.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(emulator.HasExited);

            parent.Kill();
            await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(0, emulator.ExitCode);
        }
        finally
        {
            foreach (Process process in new[] { emulator, parent })
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }
            }
        }
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:0")]
    [InlineData("--change-order-delay-ms", "later")]
    [InlineData("--seed", "/nonexistent/seed.json")]
    public async Task BadCommandLine_ExitsWith2_AndSaysWhy(params string[] args)
    {
        using Process emulator = Start(args);

        string error = await emulator.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, emulator.ExitCode);
        Assert.StartsWith("SAE emulator: ", error);
    }

    [Fact]
    public async Task KestrelEndpointsFromTheEnvironment_AreIgnored_ItListensOnlyWhereUrlsSays()
    {
        // Another loopback address stands in for "somewhere else": were the override obeyed, nothing would leave this
        // machine, and the test would still see the emulator listening where --urls did not say.
        int port = FreePort(), otherPort = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.2:{port}",
            ["ASPNETCORE_Kestrel__Endpoints__Other__Url"] = $"http://127.0.0.2:{otherPort}",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.2:{port}",
            ["URLS"] = $"http://127.0.0.2:{port}",
        };
        using Process emulator = Start(environment, "--urls", "http://127.0.0.1:0", "--parent-pid", Environment.ProcessId.ToString());
        try
        {
            string url = await ListeningUrlAsync(emulator);

            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(url + "/_emulator/state")).StatusCode);
            Assert.False(await AcceptsConnectionsAsync("127.0.0.2", port), $"The emulator listens on 127.0.0.2:{port}, which only the environment named.");
            Assert.False(await AcceptsConnectionsAsync("127.0.0.2", otherPort), $"The emulator listens on 127.0.0.2:{otherPort}, which only the environment named.");
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill();
            }
        }
    }

    [Fact]
    public async Task WithIgnoreInterrupt_SigintDoesNotStopIt_ButSigtermDoes()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using Process emulator = StartWithInterruptsDelivered("--ignore-interrupt", "--parent-pid", Environment.ProcessId.ToString());
        try
        {
            string url = await ListeningUrlAsync(emulator);

            await SignalAsync("INT", emulator.Id);
            await Task.Delay(1000);

            Assert.False(emulator.HasExited, "SIGINT stopped an emulator started with --ignore-interrupt");
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(url + "/_emulator/state")).StatusCode);

            await SignalAsync("TERM", emulator.Id);
            await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, emulator.ExitCode);
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill();
            }
        }
    }

    [Fact]
    public async Task WithoutIgnoreInterrupt_SigintStopsIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using Process emulator = StartWithInterruptsDelivered("--parent-pid", Environment.ProcessId.ToString());
        try
        {
            await ListeningUrlAsync(emulator);

            await SignalAsync("INT", emulator.Id);
            await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(0, emulator.ExitCode);
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill();
            }
        }
    }

    [Theory]
    [InlineData("sae-emulator-", false)]
    [InlineData("not-an-emulator-folder-", true)]
    public async Task WhenItsParentDies_ItRemovesTheReadyFilesFolder_OnlyIfStartSaeEmulatorNamedIt(string prefix, bool kept)
    {
        string folder = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "stdout.log"), "");
        using Process parent = Start();
        using Process emulator = Start("--parent-pid", parent.Id.ToString(), "--ready-file", Path.Combine(folder, "ready"));
        try
        {
            await ListeningUrlAsync(parent);
            await ListeningUrlAsync(emulator);
            Assert.True(File.Exists(Path.Combine(folder, "ready")));

            parent.Kill();
            await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(kept, Directory.Exists(folder));
        }
        finally
        {
            foreach (Process process in new[] { emulator, parent })
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task StoppedOtherwise_ItLeavesTheWorkFolderToItsOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string folder = Path.Combine(Path.GetTempPath(), "sae-emulator-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using Process emulator = Start("--parent-pid", Environment.ProcessId.ToString(), "--ready-file", Path.Combine(folder, "ready"));
        try
        {
            await ListeningUrlAsync(emulator);

            await SignalAsync("TERM", emulator.Id);
            await emulator.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.True(File.Exists(Path.Combine(folder, "ready")));
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> ListeningUrlAsync(Process emulator)
    {
        string? line = await emulator.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Match match = Regex.Match(line ?? "", @"^SAE emulator listening on (http://127\.0\.0\.1:\d+)$");
        Assert.True(match.Success, $"Unexpected first line: '{line}'");
        return match.Groups[1].Value;
    }

    /// <summary>Sends a signal with kill(1), as a terminal or a shell would.</summary>
    private static async Task SignalAsync(string signal, int pid)
    {
        using Process kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>False when nothing accepts a connection there within a few seconds (refused, unroutable or silent).</summary>
    private static async Task<bool> AcceptsConnectionsAsync(string loopbackAddress, int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Parse(loopbackAddress), port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>
    /// Starts the emulator with SIGINT at its default disposition. A process started in the background of a
    /// non-interactive shell (as a CI runner may start the whole test run) inherits SIGINT ignored, .NET then rightly
    /// leaves it ignored, and these tests would prove nothing about the emulator's own handling; GNU env resets it.
    /// </summary>
    private static Process StartWithInterruptsDelivered(params string[] args) =>
        OperatingSystem.IsLinux() ? StartProgram("env", ["--default-signal=INT", "dotnet"], new Dictionary<string, string>(), args) : Start(args);

    private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartProgram("dotnet", [], environment, args);

    /// <summary>Runs <paramref name="program"/> with <paramref name="leadingArgs"/>, the emulator's dll, then <paramref name="args"/>
    /// (env execs dotnet, so the process keeps its id for the signals).</summary>
    private static Process StartProgram(string program, string[] leadingArgs, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach ((string name, string value) in environment)
        {
            info.Environment[name] = value;
        }

        foreach (string arg in leadingArgs)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add(EmulatorDll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
