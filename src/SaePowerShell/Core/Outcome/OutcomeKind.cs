namespace SaePowerShell.Core.Outcome;

/// <summary>The three answers to "did the call without an answer take effect?".</summary>
internal enum OutcomeKind
{
    TookEffect,
    DidNotTakeEffect,
    Unknown,
}
