using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// Turns a user's parameters for any SAE API into the request the official SDK would send, checking everything the
/// surface declares before any call: every name is a parameter of the API (else the closest are named), every
/// required one is there, every value converts to its declared type, and a structured value (a dictionary, a list, an
/// object) is JSON-encoded where the SDK encodes one. A problem is an <see cref="SaeConfigurationException"/> naming it.
/// </summary>
internal static class ApiCallBuilder
{
    /// <summary>
    /// Values are plain .NET values here: strings, numbers, booleans, dictionaries, lists; the cmdlet unwraps
    /// PowerShell's. <paramref name="saeApi"/> is the module's own declaration of the API, when it has one.
    /// </summary>
    public static ApiRequest Build(ApiDefinition api, IReadOnlyDictionary<string, object?> given, ServiceLocation location, SaeApi? saeApi = null)
    {
        var request = new ApiRequest(saeApi ?? api.ToSaeApi(), location);
        foreach (KeyValuePair<string, object?> pair in given)
        {
            ApiParameter parameter = api.Find(pair.Key) ?? throw new SaeConfigurationException("UnknownParameter",
                "'" + pair.Key + "' is not a parameter of " + api.Action + ". The closest are: " + string.Join(", ", ApiCatalog.Closest(pair.Key, api.Parameters.Select(p => p.Name)))
                + ". Its parameters are: " + string.Join(", ", api.Parameters.Select(p => p.Name)) + ".");
            if (pair.Value is null)
            {
                continue;
            }

            Add(request, api, parameter, pair.Value);
        }

        string[] missing = api.Parameters.Where(p => p.Required && !given.Any(g => g.Value != null && string.Equals(g.Key, p.Name, StringComparison.OrdinalIgnoreCase))).Select(p => p.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new SaeConfigurationException("MissingParameter", api.Action + " requires " + string.Join(", ", missing) + "; nothing was sent.");
        }

        if (request.NamespaceId is null && given.FirstOrDefault(g => string.Equals(g.Key, "NamespaceId", StringComparison.OrdinalIgnoreCase)).Value is string ns)
        {
            request.NamespaceId = ns;
        }

        if (saeApi is null && api.Acts)
        {
            request.Target = ApiTargets.Of(api, given);
        }

        return request;
    }

    /// <summary>
    /// A request of one of the module's own APIs (a family's call: config maps, secrets), checked against the surface
    /// as any other, with the namespace and target its messages name.
    /// </summary>
    public static ApiRequest Build(SaeApi api, ServiceLocation location, string? namespaceId, IReadOnlyDictionary<string, object?> given, CallTarget? target)
    {
        ApiRequest request = Build(ApiCatalog.Find(api.Action)!, given, location, api);
        request.NamespaceId = namespaceId;
        request.Target = target;
        return request;
    }

    private static void Add(ApiRequest request, ApiDefinition api, ApiParameter parameter, object value)
    {
        if (parameter.WholeBody)
        {
            request.WithWholeBody(Json(value));
            return;
        }

        object typed = Convert(api, parameter, value);
        if (SensitiveParameters.Contains(parameter.Name))
        {
            request.WithSensitive(SensitiveForms(ParameterText.Of(typed)));
        }

        if (parameter.InBody)
        {
            request.WithBody(parameter.Name, typed);
        }
        else if (parameter.InPath)
        {
            request.WithPath(parameter.Name, ParameterText.Of(typed));
        }
        else
        {
            request.With(parameter.Name, ParameterText.Of(typed));
        }
    }

    private static object Convert(ApiDefinition api, ApiParameter parameter, object value)
    {
        bool structured = !(value is string) && (value is System.Collections.IEnumerable || value is System.Collections.IDictionary || value is JToken);
        if (structured)
        {
            return parameter.TakesStructure || parameter.Type == "string"
                ? Json(value)
                : throw Bad(api, parameter, value, "a " + parameter.Type + ", not a list or a dictionary");
        }

        string text = ParameterText.Of(value);
        switch (parameter.Type)
        {
            case "integer":
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) ? number : throw Bad(api, parameter, value, "a whole number (32-bit)");
            case "long":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long big) ? big : throw Bad(api, parameter, value, "a whole number");
            case "boolean":
                return bool.TryParse(text, out bool flag) ? flag : throw Bad(api, parameter, value, "true or false");
            default:
                return text;
        }
    }

    private static SaeConfigurationException Bad(ApiDefinition api, ApiParameter parameter, object value, string expected) =>
        new SaeConfigurationException("InvalidParameterValue", "The " + parameter.Name + " parameter of " + api.Action + " takes " + expected + "; '" + ParameterText.Of(value) + "' is not one. Nothing was sent.");

    /// <summary>
    /// Parameters whose values no message may show, whoever builds the call (the secret cmdlets, Invoke-SaeApi):
    /// CreateSecret's and UpdateSecret's SecretData, whose base64 values are the secret's as good as plain.
    /// </summary>
    private static readonly HashSet<string> SensitiveParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "SecretData" };

    /// <summary>The text, and each string value when it is a JSON object (SecretData's shape).</summary>
    private static IEnumerable<string> SensitiveForms(string text)
    {
        yield return text;
        JObject? values = null;
        try
        {
            values = JToken.Parse(text) as JObject;
        }
        catch (JsonReaderException)
        {
        }

        foreach (JProperty pair in values?.Properties() ?? Enumerable.Empty<JProperty>())
        {
            if (pair.Value.Type == JTokenType.String)
            {
                yield return (string)pair.Value!;
            }
        }
    }

    /// <summary>As the SDK JSON-encodes a structured value: compact, keys as given.</summary>
    private static string Json(object value) => value is string text ? text : JsonConvert.SerializeObject(value, Formatting.None);
}
