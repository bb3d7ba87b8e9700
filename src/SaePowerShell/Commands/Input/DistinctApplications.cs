using System;
using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// The part a cmdlet holds that acts once per application whatever the pipeline repeats (Remove-, Set- and
/// Export-SaeApplication): each record's applications read, a bad one written as its error, one seen before in the
/// pipeline passed over, and each new one handed out with where its calls go.
/// </summary>
internal sealed class DistinctApplications
{
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The new, usable applications of one record (the piped object, or each -AppId in -NamespaceId), located.</summary>
    public IEnumerable<(AppInput Input, AppTarget Target, ServiceLocation Location)> Of(SaeCmdletBase cmdlet, bool piped, PSObject? inputObject, IEnumerable<string> appIds, string? namespaceId)
    {
        foreach (AppInput input in ApplicationChanges.ReadApplications(piped, inputObject, appIds, namespaceId))
        {
            if (input.Target is null)
            {
                cmdlet.WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
                continue;
            }

            if (_seen.Add(input.Target.AppId) && cmdlet.TryLocate(input.Target.NamespaceId, input.Target.RegionId ?? cmdlet.RegionId, input.Input, out ServiceLocation location))
            {
                yield return (input, input.Target, location);
            }
        }
    }
}
