using System;

namespace SaePowerShell;

/// <summary>SAE, or the Alibaba Cloud gateway in front of it, answered a call with an error.</summary>
public sealed class SaeServiceException : Exception
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public SaeServiceException(
        string api,
        string code,
        string message,
        int? httpStatus,
        string? requestId,
        string? traceId,
        string? recommend,
        SaeErrorCategory category,
        bool isTransient,
        string? recommendedAction)
        : base(FormatMessage(api, code, message, httpStatus, requestId))
    {
        Api = api;
        Code = code;
        ServiceMessage = message;
        HttpStatus = httpStatus;
        RequestId = requestId;
        TraceId = traceId;
        Recommend = recommend;
        Category = category;
        IsTransient = isTransient;
        RecommendedAction = recommendedAction;
    }

    /// <summary>The API that failed, such as <c>BatchStartApplications</c>.</summary>
    public string Api { get; }

    /// <summary>The error code as the service sent it, such as <c>user.indebt</c>.</summary>
    public string Code { get; }

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

    /// <summary>How the failure is classed.</summary>
    public SaeErrorCategory Category { get; }

    /// <summary>Whether trying again later may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>What the user can do about it.</summary>
    public string? RecommendedAction { get; }

    private static string FormatMessage(string api, string code, string message, int? httpStatus, string? requestId)
    {
        string status = httpStatus.HasValue ? " (HTTP " + httpStatus.Value + ")" : string.Empty;
        string request = string.IsNullOrEmpty(requestId) ? string.Empty : " RequestId: " + requestId + ".";
        string text = string.IsNullOrWhiteSpace(message) ? "no message" : message.Trim();
        return api + " failed with " + code + status + ": " + text + (text.EndsWith(".", StringComparison.Ordinal) ? string.Empty : ".") + request;
    }
}
