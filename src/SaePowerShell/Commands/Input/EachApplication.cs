using System;
using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// The part the per-application reads hold (status, versions, configuration, instances): application ids by value or
/// by property name, each checked, located and read in turn; a bad id or a failed call is one error about that
/// application, and the rest go on.
/// </summary>
internal static class EachApplication
{
    public static void Read(SaeCmdletBase cmdlet, IReadOnlyList<string> appIds, string? namespaceId, Action<string, ServiceLocation> read)
    {
        foreach (string id in appIds)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
                continue;
            }

            if (cmdlet.TryLocate(namespaceId, null, id, out ServiceLocation location))
            {
                read(id, location);
            }
        }
    }

    /// <summary>The name to put on the output: only when one application came in the record, so it is that one's.</summary>
    public static string? NameOfOne(IReadOnlyList<string> appIds, string? appName) => appIds.Count == 1 ? appName : null;
}
