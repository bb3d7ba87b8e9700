using System;

namespace SaePowerShell;

/// <summary>SAE, or the Alibaba Cloud gateway in front of it, answered a call with an error.</summary>
public sealed class SaeServiceException : SaeException
{
    /// <summary>
    /// Creates the exception from what the service answered. What an answer may lack (its status, request and trace
    /// ids, the gateway's link) is given by name, or left out.
    /// </summary>
    public SaeServiceException(
        string api,
        string code,
        string message,
        SaeErrorCategory category,
        bool isTransient,
        string? recommendedAction = null,
        int? httpStatus = null,
        string? requestId = null,
        string? traceId = null,
        string? recommend = null)
        : base(code, category, FormatMessage(api, code, message, httpStatus, requestId), recommendedAction)
    {
        Api = api;
        ServiceMessage = message;
        HttpStatus = httpStatus;
        RequestId = requestId;
        TraceId = traceId;
        Recommend = recommend;
        IsTransient = isTransient;
    }

    /// <summary>The API that failed, such as <c>BatchStartApplications</c>.</summary>
    public string Api { get; }

    /// <summary>The error code as the service sent it, such as <c>user.indebt</c> (also the <see cref="SaeException.ErrorId"/>).</summary>
    public string Code => ErrorId;

    /// <summary>The service's own message.</summary>
    public string ServiceMessage { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int? HttpStatus { get; }

    /// <summary>The request id the service gave the call.</summary>
    public string? RequestId { get; }

    /// <summary>SAE's trace id, when it sent one.</summary>
    public string? TraceId { get; }

    /// <summary>The troubleshooting link the gateway suggested, when it sent one.</summary>
    public string? Recommend { get; }


    /// <summary>Whether trying again later may succeed.</summary>
    public bool IsTransient { get; }


    private static string FormatMessage(string api, string code, string message, int? httpStatus, string? requestId)
    {
        string status = httpStatus.HasValue ? " (HTTP " + httpStatus.Value + ")" : string.Empty;
        string request = string.IsNullOrEmpty(requestId) ? string.Empty : " RequestId: " + requestId + ".";
        string text = string.IsNullOrWhiteSpace(message) ? "no message" : message.Trim();
        return api + " failed with " + code + status + ": " + text + (text.EndsWith(".", StringComparison.Ordinal) ? string.Empty : ".") + request;
    }
}
