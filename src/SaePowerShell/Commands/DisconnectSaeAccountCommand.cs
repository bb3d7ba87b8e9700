using System.Management.Automation;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Clears the session default that Connect-SaeAccount set.</para>
/// <para type="description">Disconnect-SaeAccount forgets this session's default AccessKey, region and endpoint. Commands then use their own parameters or the default chain again (environment variables, then profiles).</para>
/// </summary>
/// <example>
/// <code>Disconnect-SaeAccount</code>
/// <para>Forgets the session default.</para>
/// </example>
/// <example>
/// <code>Connect-SaeAccount -ProfileName staging; Get-SaeApplication | Stop-SaeApplication; Disconnect-SaeAccount</code>
/// <para>Works in another account for a while, then goes back to the default chain.</para>
/// </example>
[Cmdlet(VerbsCommunications.Disconnect, "SaeAccount", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Disconnect-SaeAccount.md")]
public sealed class DisconnectSaeAccountCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        Core.Credentials.SessionContext? session = SessionContexts.Current;
        SessionContexts.Set(null);
        if (session is null)
        {
            return;
        }

        // Its secret is overwritten, not only dropped: a SaeContext taken from it (-Context) stops working too.
        if (!Core.Credentials.Sources.SharedSources.IsShared(session.Source))
        {
            session.Source.Forget();
        }

        WriteVerbose("Forgot the session's default credential (" + session.Source.Description + ") and cleared its secret.");
    }
}
