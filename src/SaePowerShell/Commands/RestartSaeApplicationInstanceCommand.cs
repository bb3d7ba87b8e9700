using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: an instance verb.
public sealed partial class RestartSaeApplicationInstanceCommand
{
    private InstanceChange? _change;

    private InstanceChange Change => _change ??= new InstanceChange(this, ApplicationAction.RestartInstances);

    /// <inheritdoc />
    internal override void ProcessInput() => Change.Process(ParameterSetName, InputObject, InstanceId, AppId, NamespaceId, "Restart");

    /// <inheritdoc />
    internal override void EndInput() =>
        Change.End(new ChangeRun(ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), "Restart", "restart the instances of", "Restarting SAE application instances"));
}
