namespace SaePowerShell.Core.Errors;

/// <summary>The fields of an error answer, whichever of the two body shapes it came in.</summary>
internal sealed record ServiceError(string Code, string Message, string? RequestId, string? TraceId, string? Recommend, string? HostId);
