using System.Net;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// The admin endpoints need no signature, so they answer only callers on this machine. The emulator binds loopback
/// anyway; this is the second lock in case someone puts a proxy or a port forward in front of it.
/// </summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        IPAddress? remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            return ValueTask.FromResult<object?>(Results.Json(
                new { message = "The emulator's admin endpoints only answer loopback callers." },
                EmulatorJson.Admin,
                statusCode: StatusCodes.Status403Forbidden));
        }

        return next(context);
    }
}
