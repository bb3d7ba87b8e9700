using SaePowerShell.Commands.Hosting;
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
        if (doomed is null || !finder.Confirmed(Force, "secret '" + doomed.Name + "' (" + doomed.SecretId + ") in " + doomed.NamespaceId, "Delete"))
        {
            return;
        }

        try
        {
            Await(SecretChanges.DeleteAsync(Client, location, doomed, CancellationToken));
            WriteVerbose("Deleted secret '" + doomed.Name + "' (" + doomed.SecretId + ").");
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, target, "Could not delete secret '" + doomed.Name + "'"));
        }
    }
}
