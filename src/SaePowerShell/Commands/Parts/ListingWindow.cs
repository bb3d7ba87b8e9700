using System.Management.Automation;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// What a listing cmdlet's -Skip and -First leave of its output (PowerShell's paging parameters, which the table's
/// paging column turns on), counted over the whole command however many listings it reads. Once -First is reached a
/// listing reads no more pages: every call saved counts under SAE's quota. -IncludeTotalCount reads them all.
/// </summary>
internal sealed class ListingWindow
{
    private readonly ulong _skip;
    private readonly ulong _first;
    private ulong _written;

    private ListingWindow(ulong skip, ulong first, bool countsTotal)
    {
        _skip = skip;
        _first = first;
        CountsTotal = countsTotal;
    }

    /// <summary>The window of a command's paging parameters; a cmdlet that does not page writes everything.</summary>
    public static ListingWindow Of(PagingParameters? paging) =>
        paging is null ? new ListingWindow(0, ulong.MaxValue, false) : new ListingWindow(paging.Skip, paging.First, paging.IncludeTotalCount);

    /// <summary>Whether -IncludeTotalCount asked for the number of items the listings have.</summary>
    public bool CountsTotal { get; }

    /// <summary>Every item the listings gave, skipped and left out ones included.</summary>
    public ulong Seen { get; private set; }

    /// <summary>Whether another item could still be written, or must still be counted; else no more pages are read.</summary>
    public bool WantsMore => CountsTotal || _written < _first;

    /// <summary>Counts one item, and says whether it is written: past -Skip and within -First.</summary>
    public bool Admit()
    {
        Seen++;
        if (Seen <= _skip || _written >= _first)
        {
            return false;
        }

        _written++;
        return true;
    }
}
