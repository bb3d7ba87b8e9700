using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: each namespace
// read once, and one UpdateNamespace for those that would change, asked about first.
public sealed partial class SetSaeNamespaceCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (Name is null && Description is null && EnableMicroRegistration is null)
        {
            WriteError(ErrorRecordFactory.Invalid("NothingToSet", "Give -Name, -Description or -EnableMicroRegistration: there is nothing to change.", NamespaceId));
            return;
        }

        foreach (string namespaceId in NamespaceId!)
        {
            if (!TryLocate(namespaceId, RegionId, namespaceId, out ServiceLocation location))
            {
                continue;
            }

            SaeNamespace? current;
            try
            {
                current = Await(NamespaceChanges.FindAsync(Client, location, namespaceId, CancellationToken));
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, namespaceId, "Could not read namespace " + namespaceId));
                continue;
            }

            if (current is null)
            {
                WriteError(ErrorRecordFactory.Invalid(NamespaceChanges.NotFound, "There is no namespace " + namespaceId + " (Get-SaeNamespace lists those of a region).", namespaceId));
                continue;
            }

            var wanted = new NamespaceSettings(namespaceId, Name ?? current.NamespaceName ?? string.Empty, Description, EnableMicroRegistration);
            if (wanted.AreShownBy(current))
            {
                WriteVerbose("Namespace " + namespaceId + " already is as given; nothing is sent.");
                WriteObject(current);
                continue;
            }

            if (!ShouldProcess("namespace " + namespaceId + " (" + string.Join(", ", Changes(current, wanted)) + ")", "Update"))
            {
                continue;
            }

            try
            {
                WriteObject(Await(NamespaceChanges.UpdateAsync(Client, location, current, wanted, CancellationToken)));
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, namespaceId, "Could not update namespace " + namespaceId));
            }
        }
    }

    private static IEnumerable<string> Changes(SaeNamespace current, NamespaceSettings wanted)
    {
        if (current.NamespaceName != wanted.Name)
        {
            yield return "name '" + current.NamespaceName + "' to '" + wanted.Name + "'";
        }

        if (wanted.Description != null && (current.Description ?? string.Empty) != wanted.Description)
        {
            yield return "description";
        }

        if (wanted.EnableMicroRegistration.HasValue && current.EnableMicroRegistration != wanted.EnableMicroRegistration)
        {
            yield return "service registry " + (wanted.EnableMicroRegistration.Value ? "on" : "off");
        }
    }
}
