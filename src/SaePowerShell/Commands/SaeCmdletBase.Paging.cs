using System;
using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

/// <summary>Reading a listing page by page, without trusting what the service says of its own paging.</summary>
public abstract partial class SaeCmdletBase
{
    /// <summary>
    /// Reads every page of a listing, handing each item on as its page arrives. A listing is never silently short,
    /// and a service whose paging lies cannot keep it going: an empty page before the total is reached, a page that
    /// brings nothing new, or more pages than the first page's TotalSize allows, each ends it with an error. An item
    /// seen twice is written once. Returns whether every page was read.
    /// </summary>
    internal bool ForEachPage<T>(Func<int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, int pageSize, Action<T> write, object? target, string subject) =>
        ForEachPage((page, _) => request(page), parse, keyOf, new[] { pageSize }, write, target, subject);

    /// <summary>
    /// As above, asking for the first of <paramref name="pageSizes"/> (the largest) and stepping down to the next
    /// when the service refuses the first page's size as an invalid parameter: a read, so asking again is harmless,
    /// and no listing fails for it. A service that clamps the size silently is followed at the size it gives.
    /// </summary>
    internal bool ForEachPage<T>(Func<int, int, ApiRequest> request, Func<ApiResponse, Page<T>> parse, Func<T, string> keyOf, IReadOnlyList<int> pageSizes, Action<T> write, object? target, string subject)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lastPage = int.MaxValue;
        int sizeIndex = 0;
        int pageSize = pageSizes[0];
        for (int page = 1; ; page++)
        {
            ApiRequest pageRequest = request(page, pageSize);
            ApiResponse? response;
            try
            {
                response = Await(Client.SendAsync(pageRequest, CancellationToken));
            }
            catch (SaeServiceException ex) when (page == 1 && sizeIndex + 1 < pageSizes.Count && ex.Code.StartsWith("InvalidParameter", StringComparison.OrdinalIgnoreCase))
            {
                WriteVerbose(pageRequest.Api.Action + " refused PageSize " + pageSize + " (" + ex.Code + "); asking for pages of " + pageSizes[sizeIndex + 1] + ".");
                pageSize = pageSizes[++sizeIndex];
                page--;
                continue;
            }
            catch (Exception ex) when (ex is SaeServiceException || ex is SaeConfigurationException)
            {
                WriteError(ErrorRecordFactory.FromException(ex, target, subject));
                return false;
            }

            Page<T> result = parse(response);
            if (page == 1 && result.TotalSize > 0)
            {
                // A service may give fewer per page than asked; the pages the total needs are counted at that size.
                int perPage = result.Items.Count > 0 && result.Items.Count < pageSize ? result.Items.Count : pageSize;
                lastPage = (int)Math.Min(int.MaxValue, ((long)result.TotalSize + perPage - 1) / perPage);
            }

            int fresh = 0;
            foreach (T item in result.Items)
            {
                if (seen.Add(keyOf(item)))
                {
                    fresh++;
                    write(item);
                }
            }

            if (seen.Count >= result.TotalSize)
            {
                return true;
            }

            string? problem = result.Items.Count == 0 ? "Page " + page + " was empty"
                : fresh == 0 ? "Page " + page + " brought only items already read"
                : page >= lastPage ? "After " + page + " page(s), as many as the first page's total needs,"
                : null;
            if (problem != null)
            {
                var incomplete = new SaeServiceException(pageRequest.Api.Action, fresh == 0 && result.Items.Count > 0 ? "ListingRepeats" : "IncompleteListing",
                    problem + " but the service counts " + result.TotalSize + " items and " + seen.Count + " were read; the listing stopped rather than trust its paging",
                    null, response.RequestId, response.TraceId, null, SaeErrorCategory.InvalidResult, true, "Run the command again; check -Endpoint if this is not SAE.");
                WriteError(ErrorRecordFactory.FromException(incomplete, target, subject));
                return false;
            }
        }
    }
}
