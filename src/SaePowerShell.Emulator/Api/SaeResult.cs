namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A successful SAE answer: <see cref="Data"/> goes into the envelope's Data; <see cref="TopLevel"/> are the other
/// fields the API declares beside it (ListApplications repeats its paging there, DescribeRegions answers Regions).
/// A handler makes it only through its generated <c>Answer</c>, whose parameters are the API's own shapes.
/// </summary>
internal sealed record SaeResult
{
    private SaeResult(object? data, IReadOnlyList<KeyValuePair<string, object>> topLevel)
    {
        Data = data;
        TopLevel = topLevel;
    }

    public object? Data { get; }

    public IReadOnlyList<KeyValuePair<string, object>> TopLevel { get; }

    /// <summary>The answer a generated <c>Answer</c> makes: Data, and the top-level fields that have a value.</summary>
    internal static SaeResult Of(object? data, params (string Name, object? Value)[] topLevel)
    {
        if (data is not (null or string or bool or IAnswerShape or IEnumerable<IAnswerShape>))
        {
            throw new InvalidOperationException($"An answer's Data is a {data.GetType()}, not one of the shapes generated from the surface.");
        }

        return new(data, topLevel.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, object>(f.Name, f.Value!)).ToList());
    }
}
