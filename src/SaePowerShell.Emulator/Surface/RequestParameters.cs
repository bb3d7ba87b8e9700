using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Surface;

/// <summary>
/// The parameters of one request, gathered from where the surface file says the SDK puts them (query, path, or a body
/// encoded as the API's reqBodyType says) and checked as SAE's gateway checks them before any API code runs: the
/// body's encoding, required parameters present, integer/long/boolean values that parse.
/// </summary>
internal sealed class RequestParameters
{
    public const string FormContentType = "application/x-www-form-urlencoded";
    public const string JsonContentType = "application/json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RequestParameters(IReadOnlyDictionary<string, string> values, JsonElement? wholeBody)
    {
        Values = values;
        WholeBody = wholeBody;
    }

    /// <summary>Every query parameter, plus the path parameters and the declared body parameters, decoded.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The JSON body itself for a v2 API whose one body parameter is <c>body</c>; null otherwise.</summary>
    public JsonElement? WholeBody { get; }

    /// <summary>The parameters, or the error SAE answers for the first problem, in declaration order.</summary>
    public static RequestParameters Read(SurfaceApi api, ReceivedRequest request, IReadOnlyDictionary<string, string> pathValues, out SaeError? error)
    {
        var values = new Dictionary<string, string>(request.Query, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in pathValues)
        {
            values[pair.Key] = pair.Value;
        }

        // A body parameter is read from the body only: the same name in the query is not what the SDK would send.
        foreach (SurfaceParameter parameter in api.Parameters.Where(p => p.In == ParameterLocation.Body))
        {
            values.Remove(parameter.Name);
        }

        var result = new RequestParameters(values, null);
        JsonElement? wholeBody = null;
        error = api.HasBodyParameters ? ReadBody(api, request, values, out wholeBody) : null;
        if (error is not null)
        {
            return result;
        }

        foreach (SurfaceParameter parameter in api.Parameters)
        {
            error = Check(parameter, values, wholeBody);
            if (error is not null)
            {
                return result;
            }
        }

        return new RequestParameters(values, wholeBody);
    }

    /// <summary>
    /// An empty body means no body parameters (the SDK sends none when the request has none set); anything else must be
    /// in the API's encoding, because SAE reads a form body only as a form and a JSON body only as JSON.
    /// </summary>
    private static SaeError? ReadBody(SurfaceApi api, ReceivedRequest request, Dictionary<string, string> values, out JsonElement? wholeBody)
    {
        wholeBody = null;
        if (request.Body.Length == 0)
        {
            return null;
        }

        string expected = api.IsFormBody ? FormContentType : JsonContentType;
        string? sent = request.Header("content-type");
        string? mediaType = sent is not null && MediaTypeHeaderValue.TryParse(sent, out MediaTypeHeaderValue? parsed) ? parsed.MediaType.Value : null;
        if (!string.Equals(mediaType, expected, StringComparison.OrdinalIgnoreCase))
        {
            string got = sent is null ? "the request has no Content-Type" : $"the request's Content-Type is '{sent}'";
            return SaeErrors.WithMessage("Content-Type", $"{api.Name} takes its body parameters as {expected}; {got}.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(request.Body);
        }
        catch (DecoderFallbackException)
        {
            return SaeErrors.WithMessage("body", "the body is not UTF-8.");
        }

        IEnumerable<SurfaceParameter> declared = api.Parameters.Where(p => p.In == ParameterLocation.Body);
        if (api.IsFormBody)
        {
            Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form = QueryHelpers.ParseQuery(text);
            foreach (SurfaceParameter parameter in declared)
            {
                if (form.TryGetValue(parameter.Name, out Microsoft.Extensions.Primitives.StringValues value) && value.Count > 0)
                {
                    values[parameter.Name] = value[0] ?? "";
                }
            }

            return null;
        }

        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return SaeErrors.WithMessage("body", $"the body is not JSON ({e.Message}).");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return SaeErrors.WithMessage("body", "the body must be a JSON object.");
        }

        foreach (SurfaceParameter parameter in declared)
        {
            if (parameter.WholeBody)
            {
                wholeBody = root;
            }
            else if (root.TryGetProperty(parameter.Name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
            {
                // A string member is the value itself (shrink values arrive as JSON text inside a string); a number or
                // a boolean is its literal, as the gateway would read it into a typed parameter.
                values[parameter.Name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return null;
    }

    private static SaeError? Check(SurfaceParameter parameter, Dictionary<string, string> values, JsonElement? wholeBody)
    {
        if (parameter.WholeBody)
        {
            return parameter.Required && wholeBody is null ? SaeErrors.NotEmpty(parameter.Name) : null;
        }

        if (!values.TryGetValue(parameter.Name, out string? value))
        {
            return parameter.Required ? SaeErrors.NotEmpty(parameter.Name) : null;
        }

        if (parameter.Required && string.IsNullOrWhiteSpace(value))
        {
            return SaeErrors.NotEmpty(parameter.Name);
        }

        bool parses = parameter.Type switch
        {
            "integer" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "long" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),

            // As the SDKs write them, in any case; the empty string is not a boolean.
            "boolean" => bool.TryParse(value, out _) && !value.Any(char.IsWhiteSpace),
            _ => true,
        };
        return parses ? null : SaeErrors.Obviously(parameter.Name);
    }
}
