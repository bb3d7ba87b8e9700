using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: an instance verb.
public sealed partial class RemoveSaeApplicationInstanceCommand
{
    private InstanceChange? _change;

    private InstanceChange Change => _change ??= new InstanceChange(this, ApplicationAction.DeleteInstances);

    /// <inheritdoc />
    internal override void ProcessInput() => Change.Process(ParameterSetName, InputObject, InstanceId, AppId, NamespaceId, "Delete");

    /// <inheritdoc />
    internal override void EndInput() =>
        Change.End(new ChangeRun(ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), "Delete", "delete the instances of", "Deleting SAE application instances"));
}
