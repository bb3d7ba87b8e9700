using System.Management.Automation;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class DisconnectSaeAccountCommand
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
