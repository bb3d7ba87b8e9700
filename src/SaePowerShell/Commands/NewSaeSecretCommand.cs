using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Secrets;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class NewSaeSecretCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = SecretFinder.For(this);
        if (SecretInput.NameProblem(Name!) is string badName)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidSecretName", badName, Name));
            return;
        }

        SecretPayload? payload = SecretInput.PayloadOf(Data, Registry, RegistryCredential, out string? problem);
        if (payload is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidSecretData", problem!, Name));
            return;
        }

        if (!finder.TryLocate(NamespaceId, Name!, out ServiceLocation location)
            || !ShouldProcess("secret '" + Name + "' in " + NamespaceId + " (" + payload.Type + ", keys " + string.Join(", ", payload.Keys) + ")", "Create"))
        {
            return;
        }

        if (finder.Change((client, token) => SecretChanges.CreateAsync(client, location, NamespaceId!, Name!, payload, token), Name!, "Could not create secret '" + Name + "' in " + NamespaceId) is { } done)
        {
            WriteObject(done);
        }
    }
}
