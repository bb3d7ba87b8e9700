using SaePowerShell.Commands.Jobs;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class SuspendSaeJobCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => JobSuspendVerb.Run(this, AppId!, NamespaceId, suspend: true);
}
