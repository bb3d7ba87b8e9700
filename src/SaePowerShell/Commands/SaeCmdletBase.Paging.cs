using System;
using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>A listing on the pipeline: the core's <see cref="Pager{T}"/>, its items written on the pipeline thread as each page arrives.</summary>
public abstract partial class SaeCmdletBase
{
    /// <summary>
    /// The most pages one listing reads: a million items even at the smallest fallback size of 100, and nearly three
    /// hours of SAE's 60 calls a minute. Only a service whose paging lies gets there, and then it is an error.
    /// </summary>
    internal const int MaximumListingPages = 10000;

    private ListingWindow? _window;

    /// <summary>-Skip and -First of a cmdlet whose row pages (its listing's output; PowerShell gives no paging parameters to the others), else a window that takes everything.</summary>
    internal ListingWindow Window => _window ??= ListingWindow.Of(PagingParameters);

    /// <summary>Writes one item of a listing, unless -Skip or -First leave it out.</summary>
    internal void WriteListed(object item)
    {
        if (Window.Admit())
        {
            WriteObject(item);
        }
    }

    /// <summary>
    /// -IncludeTotalCount's answer, written once at the end of the command: every item of its listings, exact only when
    /// the command wrote no error. After one, a listing (or an input) went uncounted, so the count is the items seen,
    /// said to be an estimate, or unknown when none was seen.
    /// </summary>
    private void WriteTotalCount()
    {
        if (Window.CountsTotal)
        {
            double accuracy = !_wroteError ? 1.0 : Window.Seen > 0 ? 0.5 : 0.0;
            WriteObject(PagingParameters.NewTotalCount(Window.Seen, accuracy));
        }
    }

    private bool _wroteError;

    /// <summary>Writes a non-terminating error, and remembers that the command's total count is no longer exact.</summary>
    internal new void WriteError(ErrorRecord errorRecord)
    {
        _wroteError = true;
        base.WriteError(errorRecord);
    }

    /// <summary>
    /// Reads every page of a listing, handing each item on as its page arrives (see <see cref="Pager{T}"/>: an item
    /// seen twice is written once, and paging that cannot be trusted ends the listing). A failed call, paging that
    /// cannot be trusted and a listing longer than <see cref="MaximumListingPages"/> each become an error about
    /// <paramref name="target"/>. Returns whether every page was read.
    /// </summary>
    internal bool ForEachPage<T>(Func<int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, int pageSize, Action<T> write, object? target, string subject) =>
        ForEachPage((page, _) => request(page), parse, keyOf, new[] { pageSize }, write, target, subject);

    /// <summary>As above, asking for the first of <paramref name="pageSizes"/> (the largest) and stepping down when the service refuses it.</summary>
    internal bool ForEachPage<T>(Func<int, int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, IReadOnlyList<int> pageSizes, Action<T> write, object? target, string subject)
    {
        var pager = new Pager<T>(Client, request, parse, keyOf, pageSizes, MaximumListingPages);
        try
        {
            while (pager.HasMore && Window.WantsMore)
            {
                foreach (T item in Await(pager.NextAsync(CancellationToken)))
                {
                    write(item);
                }
            }
        }
        catch (Exception ex) when (ex is SaeServiceException || ex is SaeConfigurationException)
        {
            WriteError(ErrorRecordFactory.FromException(ex, target, subject));
            return false;
        }

        SaeServiceException? incomplete = pager.Failure ?? (pager.ReachedBound ? pager.BoundError() : null);
        if (incomplete != null)
        {
            WriteError(ErrorRecordFactory.FromException(incomplete, target, subject));
            return false;
        }

        return true;
    }
}
