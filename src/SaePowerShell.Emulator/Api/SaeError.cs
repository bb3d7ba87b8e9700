namespace SaePowerShell.Emulator.Api;

/// <summary>An SAE business error: the HTTP status, SAE's own code (the body's ErrorCode) and its message.</summary>
internal sealed record SaeError(int HttpStatus, string ErrorCode, string Message);

/// <summary>Thrown by an API handler to answer with <see cref="Error"/>; handlers validate before they change anything.</summary>
internal sealed class SaeException(SaeError error) : Exception(error.Message)
{
    public SaeError Error { get; } = error;
}
