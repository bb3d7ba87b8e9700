namespace SaePowerShell.Emulator.Api;

/// <summary>1-based CurrentPage and a PageSize within the range each API documents, and the page they select.</summary>
internal readonly record struct Paging(int CurrentPage, int PageSize)
{
    /// <summary>Out of range (CurrentPage below 1, PageSize outside [min, max]) is InvalidParameter.Obviously naming it.</summary>
    public static Paging Read(SaeCall call, int defaultPageSize, int minPageSize, int maxPageSize) =>
        new(call.OptionalInt("CurrentPage", 1, 1, int.MaxValue), call.OptionalInt("PageSize", defaultPageSize, minPageSize, maxPageSize));

    public List<T> Slice<T>(IReadOnlyCollection<T> items) =>
        items.Skip((int)Math.Min((long)(CurrentPage - 1) * PageSize, int.MaxValue)).Take(PageSize).ToList();
}
