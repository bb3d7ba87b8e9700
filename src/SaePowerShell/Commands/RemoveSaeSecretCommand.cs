using SaePowerShell.Commands.Secrets;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeSecretCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = SecretFinder.For(this);
        object target = (object?)Name ?? SecretId!;
        if (!finder.TryLocate(NamespaceId, target, out ServiceLocation location))
        {
            return;
        }

        // Every secret call names its namespace, which a lost answer's look-up lists: by id, nothing is read first.
        SaeSecret? doomed = ParameterSetName == "Name" ? finder.ByName(location, NamespaceId!, Name!)
            : new SaeSecret { SecretId = SecretId!.Value, Name = SecretId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), NamespaceId = NamespaceId! };
        if (doomed != null)
        {
            finder.Delete(doomed, doomed.SecretId, doomed.NamespaceId, target, Force, (client, token) => SecretChanges.DeleteAsync(client, location, doomed, token));
        }
    }
}
