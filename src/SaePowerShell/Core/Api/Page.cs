using System.Collections.Generic;

namespace SaePowerShell.Core.Api;

/// <summary>One page of a paged listing (ListApplications, ListChangeOrders).</summary>
internal sealed class Page<T>
{
    public Page(IReadOnlyList<T> items, int totalSize)
    {
        Items = items;
        TotalSize = totalSize;
    }

    public IReadOnlyList<T> Items { get; }

    /// <summary>How many items match in all, across every page.</summary>
    public int TotalSize { get; }
}
