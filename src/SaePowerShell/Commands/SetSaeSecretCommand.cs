using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Secrets;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class SetSaeSecretCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        object target = (object?)Name ?? SecretId!;
        SecretPayload? payload = SecretInput.PayloadOf(Data, Registry, RegistryCredential, out string? problem);
        if (payload is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidSecretData", problem!, target));
            return;
        }

        var finder = SecretFinder.For(this);
        if (!finder.TryLocate(NamespaceId, target, out ServiceLocation location))
        {
            return;
        }

        // The data before is the read-back's other half (a lost answer took effect only if the old data differed).
        long? id = ParameterSetName == "Name" ? finder.ByName(location, NamespaceId!, Name!)?.SecretId : SecretId;
        SaeSecret? current = id is null ? null : finder.ById(location, id.Value, NamespaceId);
        if (current is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(current.SecretType) && current.SecretType != payload.Type)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidSecretData", "The secret '" + current.Name + "' is of type " + current.SecretType + ", which SAE keeps; "
                + (current.SecretType == SecretPayload.DockerConfigJson ? "give -Registry and -RegistryCredential." : "give -Data."), target));
            return;
        }

        if (SecretChanges.Same(current.Encoded, payload.Encoded))
        {
            WriteVerbose("Secret '" + current.Name + "' already holds what was given; nothing is sent.");
            WriteObject(current);
            return;
        }

        if (!ShouldProcess("secret '" + current.Name + "' (" + current.SecretId + ") in " + current.NamespaceId + " (keys " + string.Join(", ", payload.Keys) + ")", "Update"))
        {
            return;
        }

        if (finder.Change((client, token) => SecretChanges.UpdateAsync(client, location, current, payload, token), target, "Could not update secret '" + current.Name + "'") is { } done)
        {
            WriteObject(done);
        }
    }
}
