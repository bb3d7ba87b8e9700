using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Api;

/// <summary>
/// Reads a listing page by page without trusting what the service says of its own paging: the one pager behind the
/// cmdlets' listings, the outcome check, the instance listing and completion. A listing is never silently short, and a
/// service whose paging lies cannot keep it going: an empty page before the total is reached, a page that brings
/// nothing new, or more pages than the first page's TotalSize needs each end it with an error (<see cref="Failure"/>).
/// An item seen twice is handed on once. The first page asks for the largest of the page sizes and steps down to the
/// next when the service refuses that size as an invalid parameter: a read, so asking again is harmless. A service
/// that clamps the size silently is followed at the size it gives. At most a caller-given number of pages is read;
/// what stopping there means (an error, "outcome unknown", enough to offer) is the caller's to say.
/// </summary>
internal sealed class Pager<T>
{
    private readonly SaeClient _client;
    private readonly Func<int, int, ApiRequest> _request;
    private readonly Func<ApiResponse, Page<T>> _parse;
    private readonly Func<T, string> _keyOf;
    private readonly IReadOnlyList<int> _pageSizes;
    private readonly int _maximumPages;
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private int _sizeIndex;
    private int _lastPage = int.MaxValue;
    private ApiRequest? _lastRequest;
    private ApiResponse? _lastResponse;
    private int _lastTotal;

    /// <summary>
    /// <paramref name="request"/> builds the request for a page (from 1) of a size; <paramref name="parse"/> reads a
    /// page; <paramref name="keyOf"/> says what makes two items the same; <paramref name="pageSizes"/> are the sizes to
    /// ask for, largest first; <paramref name="maximumPages"/> is the most pages read.
    /// </summary>
    public Pager(SaeClient client, Func<int, int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, IReadOnlyList<int> pageSizes, int maximumPages)
    {
        if (pageSizes.Count == 0)
        {
            throw new ArgumentException("A listing needs at least one page size.", nameof(pageSizes));
        }

        if (maximumPages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumPages), maximumPages, "A listing reads at least one page.");
        }

        _client = client;
        _request = request;
        _parse = parse;
        _keyOf = keyOf;
        _pageSizes = pageSizes;
        _maximumPages = maximumPages;
    }

    /// <summary>How many pages were answered (a page size refused is not one).</summary>
    public int PagesRead { get; private set; }

    /// <summary>Every item the service counts was read.</summary>
    public bool Complete { get; private set; }

    /// <summary>The listing stopped at the page bound before it was complete; its paging gave no reason to stop.</summary>
    public bool ReachedBound { get; private set; }

    /// <summary>The error that ended a listing whose paging cannot be trusted (IncompleteListing, ListingRepeats), or null.</summary>
    public SaeServiceException? Failure { get; private set; }

    /// <summary>Whether there is another page to read.</summary>
    public bool HasMore => !Complete && !ReachedBound && Failure is null;

    /// <summary>
    /// Reads the next page and returns the items it brought that were not seen before, also when that page ends the
    /// listing (complete, at the bound, or with a <see cref="Failure"/>). A refusal, or any other failure of the call,
    /// is thrown as it came.
    /// </summary>
    public async Task<IReadOnlyList<T>> NextAsync(CancellationToken cancellationToken)
    {
        if (!HasMore)
        {
            throw new InvalidOperationException("The listing has no more pages to read.");
        }

        int page = PagesRead + 1;
        ApiRequest request;
        ApiResponse response;
        while (true)
        {
            int pageSize = _pageSizes[_sizeIndex];
            request = _request(page, pageSize);
            try
            {
                response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (SaeServiceException ex) when (page == 1 && _sizeIndex + 1 < _pageSizes.Count && ex.Code.StartsWith("InvalidParameter", StringComparison.OrdinalIgnoreCase))
            {
                _client.Log.Verbose(request.Api.Action + " refused PageSize " + pageSize + " (" + ex.Code + "); asking for pages of " + _pageSizes[_sizeIndex + 1] + ".");
                _sizeIndex++;
            }
        }

        PagesRead = page;
        Page<T> result = _parse(response);
        (_lastRequest, _lastResponse, _lastTotal) = (request, response, result.TotalSize);
        if (page == 1 && result.TotalSize > 0)
        {
            // A service may give fewer per page than asked; the pages the total needs are counted at that size.
            int asked = _pageSizes[_sizeIndex];
            int perPage = result.Items.Count > 0 && result.Items.Count < asked ? result.Items.Count : asked;
            _lastPage = (int)Math.Min(int.MaxValue, ((long)result.TotalSize + perPage - 1) / perPage);
        }

        var fresh = new List<T>();
        foreach (T item in result.Items)
        {
            if (_seen.Add(_keyOf(item)))
            {
                fresh.Add(item);
            }
        }

        if (_seen.Count >= result.TotalSize)
        {
            Complete = true;
            return fresh;
        }

        string? problem = result.Items.Count == 0 ? "Page " + page + " was empty"
            : fresh.Count == 0 ? "Page " + page + " brought only items already read"
            : page >= _lastPage ? "After " + page + " page(s), as many as the first page's total needs,"
            : null;
        if (problem != null)
        {
            Failure = Incomplete(fresh.Count == 0 && result.Items.Count > 0 ? "ListingRepeats" : "IncompleteListing", problem);
        }
        else if (page >= _maximumPages)
        {
            ReachedBound = true;
        }

        return fresh;
    }

    /// <summary>Every item of the listing, up to the page bound (see <see cref="Complete"/>); a <see cref="Failure"/> is thrown.</summary>
    public async Task<IReadOnlyList<T>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var items = new List<T>();
        while (HasMore)
        {
            items.AddRange(await NextAsync(cancellationToken).ConfigureAwait(false));
        }

        if (Failure != null)
        {
            throw Failure;
        }

        return items;
    }

    /// <summary>For a caller to whom stopping at the page bound is an error: that error, naming how far the listing got.</summary>
    public SaeServiceException BoundError() =>
        ReachedBound
            ? Incomplete("IncompleteListing", "After " + PagesRead + " page(s), the most this listing reads,")
            : throw new InvalidOperationException("The listing did not stop at its page bound.");

    private SaeServiceException Incomplete(string code, string problem) =>
        new SaeServiceException(_lastRequest!.Api.Action, code,
            problem + " but the service counts " + _lastTotal + " items and " + _seen.Count + " were read; the listing stopped rather than trust its paging",
            SaeErrorCategory.InvalidResult, isTransient: true, recommendedAction: "Run the command again; check -Endpoint if this is not SAE.",
            requestId: _lastResponse!.RequestId, traceId: _lastResponse.TraceId);
}
