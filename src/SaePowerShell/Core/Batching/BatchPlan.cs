using System.Collections.Generic;

namespace SaePowerShell.Core.Batching;

/// <summary>
/// The calls to make and the applications turned away; every target is in exactly one of them. DuplicatesDropped
/// counts inputs that named an application already in the plan: they share its change order.
/// </summary>
internal sealed record BatchPlan(IReadOnlyList<BatchGroup> Groups, IReadOnlyList<Rejection> Rejections, int DuplicatesDropped);
