using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// DeleteApplication per application, asked about first, an application given twice deleted once; with -Wait, the
// deletions' change orders waited on together at the end.
public sealed partial class RemoveSaeApplicationCommand
{
    private readonly DistinctApplications _applications = new DistinctApplications();
    private readonly PendingChangeOrders _deleting = new PendingChangeOrders();

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach ((AppInput input, AppTarget target, ServiceLocation location) in _applications.Of(this, ParameterSetName == "InputObject", InputObject, AppId, NamespaceId))
        {
            if (!Confirmation.Ask(this, Force, input.Description, "Delete the application"))
            {
                continue;
            }

            try
            {
                string? changeOrderId = Await(ApplicationDeletion.DeleteAsync(Client, location, target, CancellationToken));
                WriteVerbose("Deleting application " + input.Description + (changeOrderId is null ? "." : " (change order " + changeOrderId + ")."));
                if (Wait && changeOrderId != null)
                {
                    _deleting.Add(new SaeChangeOrder(changeOrderId) { NamespaceId = target.NamespaceId, RegionId = location.RegionId, AppIds = new[] { target.AppId } }, input.Input, "Deleting application " + input.Description + " did not finish");
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
    internal override void EndInput() =>
        _deleting.WaitAll(this, CommandContext, ChangeWait.Of(true, Timeout, PollIntervalSec)!,
            order => WriteVerbose("Deleted application " + order.AppIds[0] + " (change order " + order.ChangeOrderId + ")."));
}
