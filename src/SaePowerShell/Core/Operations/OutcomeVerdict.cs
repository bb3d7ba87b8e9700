namespace SaePowerShell.Core.Operations
{
    /// <summary>Whether a call that got no answer took effect: yes (with its change order), no, or cannot tell.</summary>
    internal sealed class OutcomeVerdict
    {
        private OutcomeVerdict(OutcomeKind kind, SaeChangeOrder? changeOrder, string? reason)
        {
            Kind = kind;
            ChangeOrder = changeOrder;
            Reason = reason;
        }

        public OutcomeKind Kind { get; }

        public SaeChangeOrder? ChangeOrder { get; }

        public string? Reason { get; }

        public static OutcomeVerdict TookEffect(SaeChangeOrder changeOrder) => new OutcomeVerdict(OutcomeKind.TookEffect, changeOrder, null);

        public static OutcomeVerdict DidNotTakeEffect(string reason) => new OutcomeVerdict(OutcomeKind.DidNotTakeEffect, null, reason);

        public static OutcomeVerdict Unknown(string? reason) => new OutcomeVerdict(OutcomeKind.Unknown, null, reason);
    }

    internal enum OutcomeKind
    {
        TookEffect,
        DidNotTakeEffect,
        Unknown,
    }
}
