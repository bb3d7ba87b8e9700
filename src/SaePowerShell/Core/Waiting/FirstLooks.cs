using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Waiting;

/// <summary>
/// Change orders of one kind started together finish together, so their first looks are shared: of those never looked
/// at yet, one per kind (the scout) is looked at, and the others wait for it. Once one of a kind has been seen
/// finished, each of that kind is looked at on its own. Waiting on 40 new orders then costs about one look each once
/// they have finished, not two or three: polls share SAE's quota of about 60 calls a minute.
/// </summary>
internal sealed class FirstLooks
{
    private readonly HashSet<string> _seenFinished = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Of the orders due, those to look at now (every one looked at before, one scout per kind, and every one of a kind
    /// seen finished), and those whose first look waits for their kind's scout, with that scout.
    /// </summary>
    public (List<T> Now, List<(T Order, T Scout)> Later) Split<T>(IEnumerable<T> due, Func<T, string> kindOf, Func<T, bool> lookedAt)
    {
        var now = new List<T>();
        var later = new List<(T, T)>();
        var scouts = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T order in due)
        {
            string kind = kindOf(order);
            if (lookedAt(order) || _seenFinished.Contains(kind))
            {
                now.Add(order);
            }
            else if (scouts.TryGetValue(kind, out T? scout))
            {
                later.Add((order, scout));
            }
            else
            {
                scouts[kind] = order;
                now.Add(order);
            }
        }

        return (now, later);
    }

    /// <summary>One of <paramref name="kind"/> was seen finished: the others of its kind are looked at on their own from now.</summary>
    public void Finished(string kind) => _seenFinished.Add(kind);
}
