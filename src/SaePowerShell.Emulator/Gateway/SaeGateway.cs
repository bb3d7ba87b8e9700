using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// The front door for every SAE request, in the real gateway's order: find the API, verify the signature (see
/// <see cref="SignatureVerifier"/>), then run the handler in one world transaction. Every request, whatever its
/// fate, ends up in the <see cref="RequestLog"/>.
/// </summary>
internal sealed class SaeGateway(SignatureVerifier verifier, SaeWorld world, RequestLog log, ILogger logger)
{
    public const string ApiVersion = "2019-05-06";

    public async Task HandleAsync(HttpContext context)
    {
        (int generation, int sequence) = log.Begin();
        ReceivedRequest request = await ReceivedRequest.ReadAsync(context);
        string requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();

        ISaeApi? api = SaeApiTable.Find(request.Method, request.Path);
        AuthorizationHeader? authorization = null;
        GatewayError? rejection;
        if (api is null)
        {
            rejection = GatewayError.ApiNotFound($"No SAE API answers {request.Method} {request.Path}.");
        }
        else if (request.Header("x-acs-version") != ApiVersion)
        {
            rejection = GatewayError.ApiNotFound($"x-acs-version must be {ApiVersion}.");
        }
        else
        {
            rejection = verifier.Verify(request, out authorization);
        }

        int status;
        string? code;
        if (rejection is not null)
        {
            (status, code) = (rejection.Status, rejection.Code);
            await SaeResponses.WriteGatewayErrorAsync(context, requestId, request.Host, rejection);
        }
        else
        {
            try
            {
                SaeResult result = world.Transact(state => api!.Handle(new SaeCall(request.Query, request.Header("x-acs-region-id"), state)));
                (status, code) = (StatusCodes.Status200OK, null);
                await SaeResponses.WriteSuccessAsync(context, requestId, result);
            }
            catch (SaeException e)
            {
                (status, code) = (e.Error.HttpStatus, e.Error.ErrorCode);
                await SaeResponses.WriteBusinessErrorAsync(context, requestId, e.Error);
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                // An emulator bug must still look like an Alibaba Cloud failure to the client, not an empty 500.
                logger.LogError(e, "{Api} failed", api!.Name);
                (status, code) = (GatewayError.InternalError.Status, GatewayError.InternalError.Code);
                await SaeResponses.WriteGatewayErrorAsync(context, requestId, request.Host, GatewayError.InternalError);
            }
        }

        log.Add(generation, new RequestLogEntry(
            sequence,
            api?.Name,
            request.Method,
            request.Path,
            request.Query,
            status,
            code,
            NamespaceOf(request),
            AppIdsOf(request),
            authorization is null ? null : authorization.Scheme == SignatureScheme.V3 ? "V3" : "ROA",
            authorization?.AccessKeyId));
    }

    private static string? NamespaceOf(ReceivedRequest request) =>
        request.Query.TryGetValue("NamespaceId", out string? ns) && ns.Length > 0 ? ns : null;

    /// <summary>The ids a request names, from AppIds (batch APIs) and AppId (single-app APIs), so tests can follow one app.</summary>
    private static IReadOnlyList<string> AppIdsOf(ReceivedRequest request)
    {
        var ids = new List<string>();
        if (request.Query.TryGetValue("AppIds", out string? list))
        {
            ids.AddRange(list.Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        if (request.Query.TryGetValue("AppId", out string? single) && single.Length > 0)
        {
            ids.Add(single);
        }

        return ids;
    }
}
