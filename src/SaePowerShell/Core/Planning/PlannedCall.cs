using System.Collections.Generic;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// One call a plan makes to one application: the API, its parameters by official name (the AppId added when it is
/// built), what it changes (for -WhatIf and -Verbose), and the change-order action when SAE answers one (null for the
/// updates that take effect at once and are judged by reading back).
/// </summary>
internal sealed record PlannedCall(SaeApi Api, IReadOnlyDictionary<string, object?> Values, IReadOnlyList<string> Changes, ApplicationAction? ChangeOrderAction)
{
    public override string ToString() => Api.Action + " (" + string.Join(", ", Changes) + ")";
}
