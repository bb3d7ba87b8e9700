using SaePowerShell.Surface;

namespace SaePowerShell.Emulator.Surface;

/// <summary>
/// Every official SAE 2019-05-06 API, read once from the embedded <c>sae-api-surface.json</c> (the repository's
/// <c>data/</c> file, linked, not copied, so the emulator can never drift from it). The gateway asks it which API a
/// method and path are, and what to check before an API is served or declared not emulated.
/// </summary>
internal sealed class ApiSurface
{
    public const string Resource = "sae-api-surface.json";

    private static readonly Lazy<ApiSurface> Embedded = new(Load);

    private readonly Dictionary<string, SurfaceApi> _byName;

    // Literal paths before templates, so a fixed path never loses to a {Parameter} segment that happens to match it.
    private readonly List<SurfaceApi> _matchOrder;

    private ApiSurface(SurfaceDocument document, IReadOnlyList<SurfaceApi> apis)
    {
        Document = document;
        Apis = apis;
        _byName = apis.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _matchOrder = apis.OrderBy(a => a.PathParameterCount).ToList();
    }

    public static ApiSurface Official => Embedded.Value;

    public IReadOnlyList<SurfaceApi> Apis { get; }

    /// <summary>The whole file as the one reader reads it, for a handler that answers from a declared shape (nested fields included).</summary>
    public SurfaceDocument Document { get; }

    public SurfaceApi? ByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The API at this method and raw path, with its path parameters percent-decoded; null when none. Paths match
    /// case-sensitively, as SAE's do; a <c>{Name}</c> segment matches one non-empty raw segment (an encoded '/' stays
    /// inside it).
    /// </summary>
    public SurfaceApi? Find(string method, string rawPath, out IReadOnlyDictionary<string, string> pathValues)
    {
        string[] segments = rawPath.Split('/');
        foreach (SurfaceApi api in _matchOrder)
        {
            if (api.Method == method && TryMatch(api, segments, out pathValues))
            {
                return api;
            }
        }

        pathValues = new Dictionary<string, string>();
        return null;
    }

    /// <summary>The methods the path takes, for the not-found message of a request with the right path and the wrong method.</summary>
    public IReadOnlyList<string> MethodsAt(string rawPath)
    {
        string[] segments = rawPath.Split('/');
        return _matchOrder.Where(a => TryMatch(a, segments, out _)).Select(a => a.Method).Distinct().ToList();
    }

    private static bool TryMatch(SurfaceApi api, string[] segments, out IReadOnlyDictionary<string, string> pathValues)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        pathValues = values;
        if (segments.Length != api.Segments.Count)
        {
            return false;
        }

        for (int i = 0; i < segments.Length; i++)
        {
            string template = api.Segments[i];
            if (SurfaceApi.IsPathParameter(template))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values[template[1..^1]] = Uri.UnescapeDataString(segments[i]);
            }
            else if (template != segments[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Through the one surface reader (src/Surface) that the module's build generator and the tests also compile.</summary>
    private static ApiSurface Load()
    {
        using Stream stream = typeof(ApiSurface).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        SurfaceDocument document = SurfaceDocument.Parse(reader.ReadToEnd());
        var apis = document.Apis.Select(api => new SurfaceApi(
            api.Name,
            api.Method,
            api.Path,
            api.ReqBodyType,
            api.Parameters.Select(p => new SurfaceParameter(
                p.Name,
                p.In switch
                {
                    "query" => ParameterLocation.Query,
                    "body" => ParameterLocation.Body,
                    _ => ParameterLocation.Path,
                },
                p.Type,
                p.Required,
                p.WholeBody)).ToList(),
            api.ResponseFields.ToDictionary(f => f.Name, f => f.Type, StringComparer.Ordinal))).ToList();
        return new ApiSurface(document, apis);
    }
}
