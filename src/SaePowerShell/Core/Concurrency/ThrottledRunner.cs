using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Concurrency;

/// <summary>Starts work for every item at once, with at most <c>limit</c> running at a time; results keep the items' order.</summary>
internal static class ThrottledRunner
{
    public static IReadOnlyList<Task<TResult>> Start<TItem, TResult>(
        IReadOnlyList<TItem> items, int limit, Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be at least 1.");
        }

        var gate = new SemaphoreSlim(limit, limit);
        var tasks = new Task<TResult>[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            TItem item = items[i];
            tasks[i] = RunAsync(gate, item, work, cancellationToken);
        }

        return tasks;
    }

    private static async Task<TResult> RunAsync<TItem, TResult>(SemaphoreSlim gate, TItem item, Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(item, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
