using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// One change sent through Core's never-twice loop and awaited on the pipeline thread, as the finders of the
/// namespace objects, scaling rules and jobs send theirs: its result, or null after writing SAE's refusal or "outcome
/// unknown" as a non-terminating error naming what was given.
/// </summary>
internal static class SentChange
{
    public static T? Await<T>(SaeCmdletBase cmdlet, Func<SaeClient, CancellationToken, Task<T>> change, object target, string failure)
        where T : class
    {
        try
        {
            return cmdlet.Await(change(cmdlet.Client, cmdlet.CancellationToken));
        }
        catch (SaeException ex)
        {
            cmdlet.WriteError(ErrorRecordFactory.FromException(ex, target, failure));
            return null;
        }
    }
}
