using System;

namespace SaePowerShell.Core.Outcome;

/// <summary>Whether a call that got no answer took effect: yes (with its change order), no, or cannot tell.</summary>
internal sealed record OutcomeVerdict(OutcomeKind Kind, SaeChangeOrder? ChangeOrder, string? Reason)
{
    public static OutcomeVerdict TookEffect(SaeChangeOrder changeOrder) => new OutcomeVerdict(OutcomeKind.TookEffect, changeOrder, null);

    public static OutcomeVerdict DidNotTakeEffect(string reason) => new OutcomeVerdict(OutcomeKind.DidNotTakeEffect, null, reason);

    public static OutcomeVerdict Unknown(string? reason) => new OutcomeVerdict(OutcomeKind.Unknown, null, reason);

    /// <summary>The same verdict about another kind of result.</summary>
    public OutcomeVerdict<T> Of<T>(Func<SaeChangeOrder, T> result) => new OutcomeVerdict<T>(Kind, ChangeOrder is null ? default : result(ChangeOrder), Reason);
}

/// <summary>Whether a call that got no answer took effect, for a call whose result is not a change order.</summary>
internal sealed record OutcomeVerdict<T>(OutcomeKind Kind, T? Result, string? Reason)
{
    public static OutcomeVerdict<T> TookEffect(T result) => new OutcomeVerdict<T>(OutcomeKind.TookEffect, result, null);

    public static OutcomeVerdict<T> DidNotTakeEffect(string reason) => new OutcomeVerdict<T>(OutcomeKind.DidNotTakeEffect, default, reason);

    public static OutcomeVerdict<T> Unknown(string? reason) => new OutcomeVerdict<T>(OutcomeKind.Unknown, default, reason);
}
