using System;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Errors;

/// <summary>
/// Reads an error answer: the gateway shape (<c>Code</c>/<c>Message</c>/<c>Recommend</c>), SAE's envelope
/// (<c>Success:false</c>, <c>ErrorCode</c>, <c>Code</c> holding a status), an XML <c>&lt;Error&gt;</c>, or garbage.
/// Garbage still yields an error with a code that names the HTTP status, never an exception.
/// </summary>
internal static class ErrorBodyParser
{
    private const int MaxEchoedBody = 200;

    public static ServiceError Parse(int httpStatus, string? body)
    {
        string text = body ?? string.Empty;
        string trimmed = text.TrimStart();

        if (trimmed.StartsWith("{", StringComparison.Ordinal))
        {
            JObject? json = JsonRead.TryParseObject(trimmed);
            if (json != null)
            {
                return FromJson(json, httpStatus);
            }
        }

        if (trimmed.StartsWith("<", StringComparison.Ordinal))
        {
            string? xmlCode = XmlElement(trimmed, "Code");
            if (xmlCode != null && !trimmed.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            {
                return new ServiceError(xmlCode, XmlElement(trimmed, "Message") ?? string.Empty, XmlElement(trimmed, "RequestId"), null, XmlElement(trimmed, "Recommend"), XmlElement(trimmed, "HostId"));
            }
        }

        return Unreadable(httpStatus, text);
    }

    /// <summary>The code an answer carries: <c>Code</c> unless it is a number or "200", else <c>ErrorCode</c>.</summary>
    public static string? CodeOf(JObject json)
    {
        string? code = JsonRead.String(json, "Code") ?? JsonRead.String(json, "code");
        if (!string.IsNullOrWhiteSpace(code) && !IsNumeric(code!))
        {
            return code;
        }

        string? errorCode = JsonRead.String(json, "ErrorCode") ?? JsonRead.String(json, "errorCode");
        // An empty ErrorCode is what some success bodies carry: it names no error.
        if (!string.IsNullOrWhiteSpace(errorCode) && !IsNumeric(errorCode!) && !errorCode!.Equals("success", StringComparison.OrdinalIgnoreCase) && !errorCode!.Equals("NULL", StringComparison.Ordinal))
        {
            return errorCode;
        }

        return null;
    }

    public static ServiceError FromJson(JObject json, int httpStatus) =>
        new ServiceError(
            CodeOf(json) ?? StatusCode(httpStatus),
            JsonRead.String(json, "Message") ?? JsonRead.String(json, "message") ?? JsonRead.String(json, "errorMsg") ?? string.Empty,
            JsonRead.String(json, "RequestId") ?? JsonRead.String(json, "requestId") ?? JsonRead.String(json, "requestid"),
            JsonRead.String(json, "TraceId"),
            JsonRead.String(json, "Recommend"),
            JsonRead.String(json, "HostId"));

    public static ServiceError Unreadable(int httpStatus, string body)
    {
        string snippet = body.Length > MaxEchoedBody ? body.Substring(0, MaxEchoedBody) + "..." : body;
        snippet = Regex.Replace(snippet, @"\s+", " ").Trim();
        string message = snippet.Length == 0
            ? "The service answered HTTP " + httpStatus + " with an empty body."
            : "The service answered HTTP " + httpStatus + " with a body that is not an error document: " + snippet;
        return new ServiceError(StatusCode(httpStatus), message, null, null, null, null);
    }

    /// <summary>The code given to an answer that carries none: it still names what happened.</summary>
    public static string StatusCode(int httpStatus) => "HttpStatus" + httpStatus;

    private static bool IsNumeric(string value)
    {
        foreach (char c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private static string? XmlElement(string xml, string name)
    {
        Match match = Regex.Match(xml, "<" + name + ">([^<]*)</" + name + ">", RegexOptions.CultureInvariant);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
