using System.Collections.Generic;

namespace SaePowerShell.Core.Batching;

/// <summary>The calls to make and the applications turned away; every target is in exactly one of them.</summary>
internal sealed class BatchPlan
{
    public BatchPlan(IReadOnlyList<BatchGroup> groups, IReadOnlyList<Rejection> rejections, int duplicatesDropped)
    {
        Groups = groups;
        Rejections = rejections;
        DuplicatesDropped = duplicatesDropped;
    }

    public IReadOnlyList<BatchGroup> Groups { get; }

    public IReadOnlyList<Rejection> Rejections { get; }

    /// <summary>Inputs that named an application already in the plan; they share its change order.</summary>
    public int DuplicatesDropped { get; }
}
