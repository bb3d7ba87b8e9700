namespace SaePowerShell.Core.Errors;

/// <summary>The fields of an error answer, whichever of the two body shapes it came in.</summary>
internal sealed class ServiceError
{
    public ServiceError(string code, string message, string? requestId, string? traceId, string? recommend, string? hostId)
    {
        Code = code;
        Message = message;
        RequestId = requestId;
        TraceId = traceId;
        Recommend = recommend;
        HostId = hostId;
    }

    public string Code { get; }

    public string Message { get; }

    public string? RequestId { get; }

    public string? TraceId { get; }

    public string? Recommend { get; }

    public string? HostId { get; }
}
