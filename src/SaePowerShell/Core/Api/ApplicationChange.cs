using System.Collections.Generic;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>
/// One call to make on one application: what it does, the application, how to build its request once the location is
/// known, and every input that asked for it (several instances of one application share one call), so that each
/// input is answered by that call's change order or its error. InputItems, when given, says what each input asked
/// for (its instance id), in the order of Inputs.
/// </summary>
internal sealed record ApplicationChange(ApplicationAction Action, AppTarget Target, System.Func<ServiceLocation, ApiRequest> Request, IReadOnlyList<object?> Inputs, string Description,
    IReadOnlyList<string?>? InputItems = null)
{
    public override string ToString() => Description;
}
