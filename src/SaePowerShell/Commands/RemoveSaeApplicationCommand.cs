using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// DeleteApplication per application, asked about first, an application given twice deleted once; with -Wait, the
// deletions' change orders waited on together at the end.
public sealed partial class RemoveSaeApplicationCommand
{
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<(SaeChangeOrder Order, AppInput Input)> _deleting = new List<(SaeChangeOrder, AppInput)>();

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
                if (Wait && changeOrderId != null)
                {
                    _deleting.Add((new SaeChangeOrder(changeOrderId) { NamespaceId = input.Target.NamespaceId, RegionId = location.RegionId, AppIds = new[] { input.Target.AppId } }, input));
                }
                else if (Wait)
                {
                    // Only a look-up after a lost answer gives no change order: the application was gone or being deleted then.
                    WriteVerbose("Application " + input.Description + " was found gone or being deleted; there is no change order to wait on.");
                }
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, input.Input, "Could not delete application " + input.Description));
            }
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (_deleting.Count == 0)
        {
            return;
        }

        Dictionary<string, AppInput> inputOf = _deleting.ToDictionary(d => d.Order.ChangeOrderId, d => d.Input, StringComparer.Ordinal);
        new ChangeOrderWaiter(this, CommandContext, TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(2)).Wait(
            _deleting.Select(d => d.Order).ToList(),
            (order, failure) =>
            {
                AppInput input = inputOf[order.ChangeOrderId];
                if (failure is null)
                {
                    WriteVerbose("Deleted application " + input.Description + " (change order " + order.ChangeOrderId + ").");
                }
                else
                {
                    WriteError(ErrorRecordFactory.FromException(failure, input.Input, "Deleting application " + input.Description + " did not finish"));
                }
            },
            justCreated: true);
    }
}
