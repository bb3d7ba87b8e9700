using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: a batch verb.
public sealed partial class StopSaeApplicationCommand
{
    private BatchVerb? _verb;

    private BatchVerb Verb => _verb ??= new BatchVerb(this, BatchAction.Stop);

    /// <inheritdoc />
    internal override void ProcessInput() => Verb.Process(ParameterSetName, InputObject, AppId, NamespaceId);

    /// <inheritdoc />
    internal override void EndInput() => Verb.End(new BatchRun(ParameterSetName, NamespaceId, Force, ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), Version));
}
