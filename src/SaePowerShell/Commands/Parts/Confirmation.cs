using System.Management.Automation;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The one -Force rule of the cmdlets that ask before they act: -Force skips the question, but never -WhatIf (a forced
/// call under -WhatIf still only says what it would do) nor an explicit -Confirm.
/// </summary>
internal static class Confirmation
{
    public static bool Ask(PSCmdlet cmdlet, bool force, string target, string action)
    {
        bool whatIf = cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? given) ? ((SwitchParameter)given).IsPresent
            : cmdlet.SessionState.PSVariable.GetValue("WhatIfPreference") is object preference && LanguagePrimitives.IsTrue(preference);
        bool confirmAsked = cmdlet.MyInvocation.BoundParameters.ContainsKey("Confirm");
        return force && !whatIf && !confirmAsked || cmdlet.ShouldProcess(target, action);
    }
}
