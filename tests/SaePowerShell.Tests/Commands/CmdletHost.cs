using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SaePowerShell.Commands;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Tests.Commands;

/// <summary>
/// A PowerShell runspace (Microsoft.PowerShell.SDK) with the module's cmdlets, as the module would load them. It runs
/// in the test process's culture (the Test task's culture legs set it), never a forced invariant one, and on the
/// clock given, else the system's.
/// </summary>
internal static class CmdletHost
{
    public const string AccessKeyId = "LTAI5tSaeEmulatorKey";
    public const string AccessKeySecret = "SaeEmulatorSecretForLocalTestsOnly";

    /// <summary>The trait of every test class that hosts the cmdlets in a runspace: the Test task runs them again in de-DE and tr-TR.</summary>
    public const string Trait = "Hosted";

    /// <summary>
    /// How long a test waits for what must happen before it gives up, so that a broken cmdlet fails the test rather
    /// than hanging the run. It bounds nothing the test asserts: no hosted test asserts how long anything took.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private static readonly Lazy<string> EmptyHome = new(() => Directory.CreateTempSubdirectory("sae-test-home-").FullName);

    public static PowerShell Create(System.Management.Automation.Host.PSHost? host = null, IClock? clock = null)
    {
        // The emulator has no quota, and a test run makes many calls a minute.
        Environment.SetEnvironmentVariable("SAE_POWERSHELL_RATE_LIMIT", "off");

        // Never the user's own profiles: the cmdlets read ~/.aliyun and ~/.alibabacloud when nothing else gives credentials.
        Environment.SetEnvironmentVariable("HOME", EmptyHome.Value);
        Environment.SetEnvironmentVariable("USERPROFILE", null);
        InitialSessionState state = InitialSessionState.CreateDefault2();
        foreach (Type type in typeof(SaeCmdletBase).Assembly.GetExportedTypes())
        {
            if (type.GetCustomAttributes(typeof(CmdletAttribute), false).FirstOrDefault() is CmdletAttribute cmdlet)
            {
                state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
            }
        }

        PowerShell shell;
        if (host is null)
        {
            shell = PowerShell.Create(state);
        }
        else
        {
            Runspace runspace = RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
            shell = PowerShell.Create(runspace);
        }

        if (clock != null)
        {
            RunspaceClock.Use(shell.Runspace, clock);
        }

        shell.Runspace.SessionStateProxy.SetVariable("SaeCredential", new PSCredential(AccessKeyId, ToSecureString(AccessKeySecret)));
        return shell;
    }

    private static System.Security.SecureString ToSecureString(string value)
    {
        var secure = new System.Security.SecureString();
        foreach (char c in value)
        {
            secure.AppendChar(c);
        }

        return secure;
    }
}
