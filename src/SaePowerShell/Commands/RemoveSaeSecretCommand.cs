using SaePowerShell.Commands.Secrets;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeSecretCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() =>
        SecretFinder.For(this).Remove(NamespaceId, ParameterSetName == "Name" ? Name : null, SecretId, Force,
            (id, namespaceId) => new SaeSecret { SecretId = id, Name = id.ToString(System.Globalization.CultureInfo.InvariantCulture), NamespaceId = namespaceId },
            secret => (secret.SecretId, secret.NamespaceId),
            (location, secret) => (client, token) => SecretChanges.DeleteAsync(client, location, secret, token));
}
