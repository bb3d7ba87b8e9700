using System;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell.Surface;

/// <summary>
/// The official SAE API surface (data/sae-api-surface.json, from Alibaba's generated Go SDK) as one reader gives it to
/// everyone who needs it: the build's source generator (which writes the module's catalog from it), the emulator's
/// gateway and the tests. One reader, so that no two of them can disagree about what the file says.
/// </summary>
internal sealed class SurfaceDocument
{
    private readonly Dictionary<string, SurfaceOperation> _byName;

    private SurfaceDocument(IReadOnlyList<SurfaceOperation> apis, string sourceRepository, string sourceCommit, string apiVersion)
    {
        Apis = apis;
        SourceRepository = sourceRepository;
        SourceCommit = sourceCommit;
        ApiVersion = apiVersion;
        _byName = apis.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<SurfaceOperation> Apis { get; }

    public string SourceRepository { get; }

    public string SourceCommit { get; }

    public string ApiVersion { get; }

    public SurfaceOperation? Find(string name) => _byName.TryGetValue(name, out SurfaceOperation? api) ? api : null;

    public SurfaceOperation this[string name] => Find(name) ?? throw new KeyNotFoundException("The official surface has no API " + name + ".");

    public static SurfaceDocument Parse(string json)
    {
        JsonObject root = SurfaceJson.Parse(json) as JsonObject ?? throw new FormatException("The surface file is not a JSON object.");
        JsonObject source = root.Object("source") ?? new JsonObject();
        var apis = root.Objects("apis").Select(SurfaceOperation.Read).ToList();
        return new SurfaceDocument(apis, source.String("repo") ?? "", source.String("commit") ?? "", source.String("apiVersion") ?? "");
    }
}

/// <summary>One API: one <c>&lt;Api&gt;WithOptions</c> of the SDK's client.go.</summary>
internal sealed class SurfaceOperation
{
    private SurfaceOperation(string name, string action, string method, string path, string reqBodyType, IReadOnlyList<SurfaceRequestParameter> parameters, IReadOnlyList<SurfaceField> responseFields)
    {
        Name = name;
        Action = action;
        Method = method;
        Path = path;
        ReqBodyType = reqBodyType;
        Parameters = parameters;
        ResponseFields = responseFields;
    }

    public string Name { get; }

    public string Action { get; }

    public string Method { get; }

    /// <summary>The ROA path, with <c>{Name}</c> for a path parameter.</summary>
    public string Path { get; }

    /// <summary><c>json</c> or <c>formData</c>: how the SDK encodes the body parameters.</summary>
    public string ReqBodyType { get; }

    public IReadOnlyList<SurfaceRequestParameter> Parameters { get; }

    public IReadOnlyList<SurfaceField> ResponseFields { get; }

    public bool HasBodyParameters => Parameters.Any(p => p.In == "body");

    /// <summary>Whether the official answer carries Data (16 APIs answer at the top level instead).</summary>
    public bool AnswersWithData => ResponseFields.Any(f => f.Name == "Data");

    public SurfaceRequestParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    public SurfaceField? ResponseField(string name) => ResponseFields.FirstOrDefault(f => f.Name == name);

    internal static SurfaceOperation Read(JsonObject api)
    {
        string name = api.String("name") ?? throw new FormatException("An API of the surface file has no name.");
        return new SurfaceOperation(
            name,
            api.String("action") ?? name,
            api.String("method") ?? throw new FormatException(name + " has no method."),
            api.String("path") ?? throw new FormatException(name + " has no path."),
            api.String("reqBodyType") ?? "json",
            api.Objects("requestParams").Select(p => SurfaceRequestParameter.Read(name, p)).ToList(),
            api.Objects("responseFields").Select(SurfaceField.Read).ToList());
    }
}

/// <summary>One request parameter: where it goes, its type, whether it is required, its documented values and example.</summary>
internal sealed class SurfaceRequestParameter
{
    private SurfaceRequestParameter(string name, string @in, string type, bool required, bool jsonEncoded, bool wholeBody, IReadOnlyList<string> documentedValues, string? example, IReadOnlyList<SurfaceField> fields)
    {
        Name = name;
        In = @in;
        Type = type;
        Required = required;
        JsonEncoded = jsonEncoded;
        WholeBody = wholeBody;
        DocumentedValues = documentedValues;
        Example = example;
        Fields = fields;
    }

    public string Name { get; }

    /// <summary><c>query</c>, <c>body</c> or <c>path</c>.</summary>
    public string In { get; }

    /// <summary>string, integer (int32), long (int64), boolean, float, double, any, object, array&lt;T&gt;, map&lt;string,T&gt;.</summary>
    public string Type { get; }

    public bool Required { get; }

    /// <summary>The SDK JSON-encodes a structured value into this one string (a "shrink" parameter).</summary>
    public bool JsonEncoded { get; }

    /// <summary>The v2 APIs' single parameter named <c>body</c>: the JSON body itself, not a member of it.</summary>
    public bool WholeBody { get; }

    public IReadOnlyList<string> DocumentedValues { get; }

    public string? Example { get; }

    /// <summary>The members of a structured value, before the SDK encodes it.</summary>
    public IReadOnlyList<SurfaceField> Fields { get; }

    internal static SurfaceRequestParameter Read(string api, JsonObject p)
    {
        string name = p.String("name") ?? throw new FormatException("A parameter of " + api + " has no name.");
        string location = p.String("in") ?? throw new FormatException(api + "." + name + " has no location.");
        if (location != "query" && location != "body" && location != "path")
        {
            throw new FormatException(api + "." + name + ": unknown parameter location '" + location + "'.");
        }

        return new SurfaceRequestParameter(
            name,
            location,
            p.String("type") ?? throw new FormatException(api + "." + name + " has no type."),
            p.Bool("required"),
            p.String("serialization") == "json",
            p.Bool("wholeBody"),
            p.Strings("documentedValues"),
            Text(p["example"]),
            p.Objects("fields").Select(SurfaceField.Read).ToList());
    }

    internal static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonNumber n => n.Text,
        bool b => b ? "true" : "false",
        _ => value.ToString(),
    };
}

/// <summary>One response field (or member of a structured parameter), with the fields inside it.</summary>
internal sealed class SurfaceField
{
    private SurfaceField(string name, string type, IReadOnlyList<SurfaceField> fields, IReadOnlyList<string> documentedValues, string? example)
    {
        Name = name;
        Type = type;
        Fields = fields;
        DocumentedValues = documentedValues;
        Example = example;
    }

    public string Name { get; }

    public string Type { get; }

    public IReadOnlyList<SurfaceField> Fields { get; }

    public IReadOnlyList<string> DocumentedValues { get; }

    public string? Example { get; }

    public SurfaceField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    internal static SurfaceField Read(JsonObject f) => new SurfaceField(
        f.String("name") ?? throw new FormatException("A field has no name."),
        f.String("type") ?? throw new FormatException("The field " + f.String("name") + " has no type."),
        f.Objects("fields").Select(Read).ToList(),
        f.Strings("documentedValues"),
        SurfaceRequestParameter.Text(f["example"]));
}
