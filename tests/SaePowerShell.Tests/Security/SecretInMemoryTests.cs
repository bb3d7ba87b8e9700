using System.Diagnostics;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;
using SaePowerShell.Emulator;
using SaePowerShell.Tests.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Security;

/// <summary>
/// The secret in memory, looked for in a dump of a real PowerShell: after Connect-SaeAccount with a SecureString,
/// a signed call and Disconnect-SaeAccount, no string, char[] or byte[] on the managed heap holds it.
/// </summary>
public sealed class SecretInMemoryTests
{
    private const string KeyId = "LTAI5tMemoryTestKey";

    /// <remarks>Still connected, the secret's bytes are found: the control that shows the search would see a copy.</remarks>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AfterDisconnect_NoCopyOfTheSecretIsLeftOnTheHeap(bool disconnect)
    {
        // The secret is made here from random letters; the child only ever sees its character codes.
        string secret = "MemSecret" + Guid.NewGuid().ToString("N");
        await using EmulatorTestHost emulator = await EmulatorTestHost.StartAsync(new EmulatorOptions { AccessKeyId = KeyId, AccessKeySecret = secret }, null, new ManualClock(DateTimeOffset.UtcNow));
        string script = Path.Combine(Path.GetTempPath(), $"sae-secret-test-{Guid.NewGuid():N}.ps1");
        string dump = Path.Combine(Path.GetTempPath(), $"sae-secret-test-{Guid.NewGuid():N}.dmp");
        await File.WriteAllTextAsync(script, """
            $ErrorActionPreference = 'Stop'
            Import-Module $env:SAE_TEST_MODULE_DLL
            $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
            $secret = [securestring]::new()
            foreach ($code in $env:SAE_TEST_SECRET_CODES -split ',') { $secret.AppendChar([char][int]$code) }
            Remove-Item env:SAE_TEST_SECRET_CODES
            Connect-SaeAccount -AccessKeyId $env:SAE_TEST_KEY_ID -AccessKeySecret $secret -Endpoint $env:SAE_TEST_ENDPOINT | Out-Null
            $apps = @(Get-SaeApplication -RegionId cn-hangzhou)
            if ($env:SAE_TEST_DISCONNECT -eq '1') { Disconnect-SaeAccount }
            $secret.Dispose()
            $secret = $null
            [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
            "ready $PID $($apps.Count)"
            [Console]::Out.Flush()
            Start-Sleep -Seconds 120
            """);

        ProcessStartInfo info = TestEnvironment.PwshScript(script, AppContext.BaseDirectory);
        info.Environment["SAE_TEST_MODULE_DLL"] = typeof(SaePowerShell.SaeContext).Assembly.Location;
        info.Environment["SAE_TEST_SECRET_CODES"] = string.Join(",", secret.Select(c => (int)c));
        info.Environment["SAE_TEST_KEY_ID"] = KeyId;
        info.Environment["SAE_TEST_DISCONNECT"] = disconnect ? "1" : "0";
        info.Environment["SAE_TEST_ENDPOINT"] = emulator.BaseAddress.ToString();
        using Process pwsh = Process.Start(info)!;
        try
        {
            Task<string> errors = pwsh.StandardError.ReadToEndAsync();
            string? line;
            while ((line = await pwsh.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120))) != null && !line.StartsWith("ready", StringComparison.Ordinal))
            {
            }

            Assert.True(line != null, "the child PowerShell ended early: " + (pwsh.HasExited ? await errors : string.Empty));
            // `dotnet tool run` starts PowerShell as a process of its own, which says its id.
            string[] ready = line!.Split(' ');
            Assert.NotEqual("0", ready[2]);
            new DiagnosticsClient(int.Parse(ready[1], System.Globalization.CultureInfo.InvariantCulture)).WriteDump(DumpType.WithHeap, dump);
            int copies = CopiesOf(secret, dump);
            if (disconnect)
            {
                Assert.Equal(0, copies);
            }
            else
            {
                Assert.True(copies > 0, "the search found no copy even while connected, so it cannot be trusted to find one; " + Stats(dump));
            }
        }
        finally
        {
            if (!pwsh.HasExited)
            {
                pwsh.Kill(entireProcessTree: true);
            }

            File.Delete(script);
            File.Delete(dump);
        }
    }

    /// <summary>What the dump holds, for a failure message: a search that finds nothing must say what it searched.</summary>
    private static string Stats(string dumpPath)
    {
        using DataTarget target = DataTarget.LoadDump(dumpPath);
        ClrRuntime runtime = OpenRuntime(target);
        int objects = 0, strings = 0, byteArrays = 0;
        foreach (ClrObject obj in runtime.Heap.EnumerateObjects())
        {
            objects++;
            strings += obj.Type?.IsString == true ? 1 : 0;
            byteArrays += obj.IsArray && obj.Type?.ComponentType?.ElementType == ClrElementType.UInt8 ? 1 : 0;
        }

        return $"the dump has {objects} objects, {strings} strings and {byteArrays} byte arrays";
    }

    private static ClrRuntime OpenRuntime(DataTarget target)
    {
        ClrInfo clr = target.ClrVersions.Single();

        // The DAC that reads the dump ships beside the runtime the child ran on; symbol servers are out of reach here.
        // The dump does not record the runtime version ClrMD checks; the child ran on this machine's one runtime, which this DAC is from.
        string local = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), OperatingSystem.IsWindows() ? "mscordaccore.dll" : "libmscordaccore.so");
        string? beside = clr.ModuleInfo.FileName is string runtimeModule ? Path.Combine(Path.GetDirectoryName(runtimeModule)!, Path.GetFileName(local)) : null;
        return clr.CreateRuntime(beside != null && File.Exists(beside) ? beside : local, ignoreMismatch: true);
    }

    private static byte[]? Utf16(char[]? chars) => chars is null ? null : Encoding.Unicode.GetBytes(chars);

    /// <summary>Strings, char arrays and byte arrays on the heap that hold the secret, as text or UTF-8.</summary>
    private static int CopiesOf(string secret, string dumpPath)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(secret);
        byte[] utf16 = Encoding.Unicode.GetBytes(secret);
        using DataTarget target = DataTarget.LoadDump(dumpPath);
        ClrRuntime runtime = OpenRuntime(target);
        int copies = 0;
        foreach (ClrObject obj in runtime.Heap.EnumerateObjects())
        {
            if (obj.Type is null)
            {
                continue;
            }

            if (obj.Type.IsString)
            {
                copies += obj.AsString(int.MaxValue)?.Contains(secret, StringComparison.Ordinal) == true ? 1 : 0;
            }
            else if (obj.IsArray)
            {
                ClrArray array = obj.AsArray();
                ClrElementType? element = obj.Type.ComponentType?.ElementType;
                byte[]? bytes = element switch
                {
                    ClrElementType.UInt8 or ClrElementType.Int8 or ClrElementType.Boolean => array.Length >= utf8.Length && array.Length <= 64 * 1024 * 1024 ? array.ReadValues<byte>(0, array.Length) : null,
                    ClrElementType.Char => array.Length >= secret.Length && array.Length <= 32 * 1024 * 1024 ? Utf16(array.ReadValues<char>(0, array.Length)) : null,
                    _ => null,
                };
                byte[] needle = element == ClrElementType.Char ? utf16 : utf8;
                copies += bytes != null && bytes.AsSpan().IndexOf(needle) >= 0 ? 1 : 0;
            }
        }

        return copies;
    }
}
