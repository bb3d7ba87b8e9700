namespace SaePowerShell.Core.Outcome;

/// <summary>Whether a call that got no answer took effect: yes (with its change order), no, or cannot tell.</summary>
internal sealed record OutcomeVerdict(OutcomeKind Kind, SaeChangeOrder? ChangeOrder, string? Reason)
{
    public static OutcomeVerdict TookEffect(SaeChangeOrder changeOrder) => new OutcomeVerdict(OutcomeKind.TookEffect, changeOrder, null);

    public static OutcomeVerdict DidNotTakeEffect(string reason) => new OutcomeVerdict(OutcomeKind.DidNotTakeEffect, null, reason);

    public static OutcomeVerdict Unknown(string? reason) => new OutcomeVerdict(OutcomeKind.Unknown, null, reason);
}
