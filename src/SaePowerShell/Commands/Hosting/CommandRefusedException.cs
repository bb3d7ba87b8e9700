using System;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// Thrown on the pipeline thread after a command's whole set-up was refused and its non-terminating error written
/// (a region SAE does not serve): it unwinds the cmdlet's work to SaeCmdletBase, which sends nothing more. It is no
/// SaeException on purpose, so that no per-item handler turns it into a second error.
/// </summary>
internal sealed class CommandRefusedException : Exception
{
    public CommandRefusedException()
        : base("The command was refused; its error has been written.")
    {
    }
}
