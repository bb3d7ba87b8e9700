using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Core.Http;

/// <summary>
/// A request's body as the official SDK writes it (darabonba-openapi, as the emulator README records): form-encoded
/// (application/x-www-form-urlencoded, keys sorted, a space as +) or a JSON object (application/json; charset=utf-8,
/// keys sorted, numbers and booleans typed); a v2 API's whole body as given. An API whose body parameters were all
/// left out still sends an empty form or {}, as the SDK does; an API without body parameters sends none.
/// </summary>
internal static class RequestBody
{
    public const string FormContentType = "application/x-www-form-urlencoded";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The bytes and their content type, or null for a request without a body.</summary>
    public static (byte[] Bytes, string ContentType)? Encode(ApiRequest request)
    {
        if (request.WholeBody != null)
        {
            return (Encoding.UTF8.GetBytes(request.WholeBody), JsonContentType);
        }

        if (request.Api.BodyType is null)
        {
            return null;
        }

        IEnumerable<KeyValuePair<string, object>> sorted = request.Body.OrderBy(p => p.Key, StringComparer.Ordinal);
        if (request.Api.BodyType == "formData")
        {
            string form = string.Join("&", sorted.Select(p => FormEscape(p.Key) + "=" + FormEscape(ParameterText.Of(p.Value))));
            return (Encoding.UTF8.GetBytes(form), FormContentType);
        }

        var json = new JObject();
        foreach (KeyValuePair<string, object> pair in sorted)
        {
            json[pair.Key] = JToken.FromObject(pair.Value);
        }

        return (Encoding.UTF8.GetBytes(json.ToString(Formatting.None)), JsonContentType);
    }

    /// <summary>Go's url.QueryEscape: RFC 3986 unreserved characters kept, a space as +, everything else %XX.</summary>
    private static string FormEscape(string value) => PercentEncoding.Encode(value).Replace("%20", "+");
}
