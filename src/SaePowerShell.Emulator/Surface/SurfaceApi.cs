namespace SaePowerShell.Emulator.Surface;

/// <summary>
/// One official SAE API as the generated Go SDK declares it (one <c>&lt;Api&gt;WithOptions</c> of client.go): method,
/// ROA path (with <c>{Name}</c> path parameters), how a body is encoded, its parameters and its response fields.
/// </summary>
internal sealed class SurfaceApi
{
    public SurfaceApi(string name, string method, string path, string reqBodyType, IReadOnlyList<SurfaceParameter> parameters, IReadOnlyDictionary<string, string> responseFieldTypes)
    {
        Name = name;
        Method = method;
        Path = path;
        ReqBodyType = reqBodyType;
        Parameters = parameters;
        ResponseFieldTypes = responseFieldTypes;
        Segments = path.Split('/');
    }

    public string Name { get; }

    public string Method { get; }

    /// <summary>The path template, e.g. <c>/pop/v2/api/web/applications/{ApplicationId}</c>.</summary>
    public string Path { get; }

    /// <summary><c>json</c> or <c>formData</c>: how the SDK encodes the body parameters.</summary>
    public string ReqBodyType { get; }

    public IReadOnlyList<SurfaceParameter> Parameters { get; }

    /// <summary>The top-level response fields by name with their declared types (Code is a string for most APIs, an integer for some).</summary>
    public IReadOnlyDictionary<string, string> ResponseFieldTypes { get; }

    /// <summary>The template split at '/', so matching a path is a segment-by-segment comparison.</summary>
    public IReadOnlyList<string> Segments { get; }

    public int PathParameterCount => Segments.Count(IsPathParameter);

    public bool HasBodyParameters => Parameters.Any(p => p.In == ParameterLocation.Body);

    public bool IsFormBody => ReqBodyType == "formData";

    public static bool IsPathParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
