using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// DeleteApplication per application, asked about first, an application given twice deleted once.
public sealed partial class RemoveSaeApplicationCommand
{
    private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (AppInput input in ApplicationChanges.ReadApplications(ParameterSetName == "InputObject", InputObject, AppId, NamespaceId))
        {
            if (input.Target is null)
            {
                WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
                continue;
            }

            if (!_seen.Add(input.Target.AppId)
                || !TryLocate(input.Target.NamespaceId, input.Target.RegionId ?? RegionId, input.Input, out ServiceLocation location)
                || !Confirmation.Ask(this, Force, input.Description, "Delete the application"))
            {
                continue;
            }

            try
            {
                string? changeOrderId = Await(ApplicationDeletion.DeleteAsync(Client, location, input.Target, CancellationToken));
                WriteVerbose("Deleting application " + input.Description + (changeOrderId is null ? "." : " (change order " + changeOrderId + ")."));
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, input.Input, "Could not delete application " + input.Description));
            }
        }
    }
}
