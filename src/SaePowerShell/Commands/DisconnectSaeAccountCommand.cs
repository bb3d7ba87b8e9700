using System.Management.Automation;

namespace SaePowerShell.Commands
{
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
    [Cmdlet(VerbsCommunications.Disconnect, "SaeAccount")]
    public sealed class DisconnectSaeAccountCommand : PSCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (SessionContexts.Current != null)
            {
                WriteVerbose("Forgot the session's default credential (" + SessionContexts.Current.Source.Description + ").");
            }

            SessionContexts.Set(null);
        }
    }
}
