using SaePowerShell.Emulator.Accounts;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Surface;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// The front door for every SAE request, in the real gateway's order: find the official API (method and path, path
/// templates included, from the surface file), let the fault plan have its say, verify the signature (see
/// <see cref="SignatureVerifier"/>), check the parameters (see <see cref="RequestParameters"/>), then run the handler in
/// one transaction of the world of the key's account, or answer Emulator.NotEmulated for an official API without one. Every request, whatever its
/// fate, is in the <see cref="RequestLog"/> before its answer leaves.
/// </summary>
internal sealed class SaeGateway(SignatureVerifier verifier, AccessKeyStore keys, EmulatorAccounts accounts, FaultInjector faults, RequestLog log, ILogger logger)
{
    public const string ApiVersion = "2019-05-06";

    /// <summary>How far ahead the wrongClock fault sets the server clock: beyond the 15 minutes a timestamp may be off.</summary>
    public static readonly TimeSpan WrongClockOffset = TimeSpan.FromMinutes(20);

    public async Task HandleAsync(HttpContext context)
    {
        (int generation, int sequence) = log.Begin();
        ReceivedRequest request;
        try
        {
            request = await ReceivedRequest.ReadAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away while still sending: there is nobody to answer and no request to log.
            return;
        }
        string requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();

        SurfaceApi? api = ApiSurface.Official.Find(request.Method, request.Path, out IReadOnlyDictionary<string, string> pathValues);
        GatewayError? unknownApi = api is null ? GatewayError.ApiNotFound(NotFoundDetail(request))
            : request.Header("x-acs-version") != ApiVersion ? GatewayError.ApiNotFound($"x-acs-version must be {ApiVersion}.")
            : null;

        // Faults need an API to match on, so a request naming none is answered InvalidApi.NotFound whatever the plan says.
        FaultRule? fault = unknownApi is null ? faults.Decide(api!.Name, NamespaceOf(request)) : null;

        GatewayOutcome outcome;
        try
        {
            int latencyMs = faults.BaseLatencyMs + (fault?.LatencyMs ?? 0);
            if (latencyMs > 0)
            {
                await Task.Delay(latencyMs, context.RequestAborted);
            }

            outcome = unknownApi is not null
                ? new GatewayOutcome(SaeResponses.GatewayError(requestId, request.Host, unknownApi), Delivery.Whole, unknownApi.Code, null)
                : Process(request, requestId, api!, pathValues, fault?.Kind);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up during the delay: nothing was done, and nobody is left to answer.
            outcome = new GatewayOutcome(null, Delivery.Nothing, null, null);
        }

        log.Add(generation, new RequestLogEntry(
            sequence,
            api?.Name,
            request.Method,
            request.Path,
            request.Query,
            outcome.LoggedStatus,
            outcome.Code,
            NamespaceOf(request),
            AppIdsOf(request),
            outcome.Authorization is null ? null : outcome.Authorization.Scheme == SignatureScheme.V3 ? "V3" : "ROA",
            outcome.Authorization?.AccessKeyId,
            fault?.Kind.Name,
            request.Header("x-acs-signature-nonce")));
        await outcome.DeliverAsync(context);
    }

    /// <summary>
    /// A fault that prevents the effect answers in place of the gateway, before the signature is checked, so neither
    /// the world nor the nonce cache sees the request. Any other request is served for real, and only then may a fault
    /// bend its answer (cut it, or drop the connection instead of sending it).
    /// </summary>
    private GatewayOutcome Process(ReceivedRequest request, string requestId, SurfaceApi api, IReadOnlyDictionary<string, string> pathValues, FaultKind? fault)
    {
        if (fault is { PreventsEffect: true })
        {
            // Not verified, so not trusted; parsed only so the log shows which key the client claimed.
            AuthorizationHeader? claimed = AuthorizationHeader.TryParse(request.Header("authorization"), out _);
            return fault.Effect switch
            {
                FaultEffect.Error => new GatewayOutcome(
                    fault.Error!.Gateway is { } gateway ? SaeResponses.GatewayError(requestId, request.Host, gateway) : SaeResponses.BusinessError(requestId, fault.Error.Sae!),
                    Delivery.Whole,
                    fault.Error.Code,
                    claimed),
                FaultEffect.HttpStatus => new GatewayOutcome(PreparedAnswer.Bare(fault.HttpStatus), Delivery.Whole, null, claimed),
                FaultEffect.HtmlBody => new GatewayOutcome(PreparedAnswer.BadGatewayPage(), Delivery.Whole, null, claimed),
                _ => new GatewayOutcome(null, Delivery.ResetConnection, null, claimed),
            };
        }

        TimeSpan clockOffset = fault?.Effect == FaultEffect.WrongClock ? WrongClockOffset : TimeSpan.Zero;
        (PreparedAnswer answer, string? code, AuthorizationHeader? authorization) = Serve(request, requestId, api, pathValues, clockOffset);
        Delivery delivery = fault?.Effect switch
        {
            FaultEffect.ResetAfterEffect => Delivery.ResetConnection,
            FaultEffect.CloseAfterEffect => Delivery.CloseConnection,
            FaultEffect.TruncatedBody => Delivery.FirstHalf,
            _ => Delivery.Whole,
        };
        return new GatewayOutcome(answer, delivery, code, authorization);
    }

    /// <summary>
    /// The real thing: the signature checks, the parameter checks, then the API in one world transaction. An official
    /// API the emulator does not emulate is refused only after both checks, so a client's request for it is known to
    /// be right on the wire even though nothing here can answer it.
    /// </summary>
    private (PreparedAnswer Answer, string? Code, AuthorizationHeader? Authorization) Serve(
        ReceivedRequest request, string requestId, SurfaceApi api, IReadOnlyDictionary<string, string> pathValues, TimeSpan clockOffset)
    {
        AuthorizationHeader? authorization = null;
        try
        {
            GatewayError? rejection = verifier.Verify(request, clockOffset, out authorization);
            if (rejection is not null)
            {
                return (SaeResponses.GatewayError(requestId, request.Host, rejection), rejection.Code, authorization);
            }

            RequestParameters parameters = RequestParameters.Read(api, request, pathValues, out SaeError? invalid);
            if (invalid is not null)
            {
                return (SaeResponses.BusinessError(requestId, invalid), invalid.ErrorCode, authorization);
            }

            ISaeApi? handler = SaeApiTable.ByName(api.Name);
            if (handler is null)
            {
                GatewayError notEmulated = GatewayError.NotEmulated(api.Name, api.Method, api.Path);
                return (SaeResponses.GatewayError(requestId, request.Host, notEmulated), notEmulated.Code, authorization);
            }

            try
            {
                // The key was verified, so it is known: its account's world is the only one this request sees.
                SaeWorld world = accounts.WorldOf(keys.Find(authorization!.AccessKeyId)!);
                SaeResult result = world.Transact(state => handler.Handle(
                    new SaeCall(parameters.Values, request.Header("x-acs-region-id"), state, parameters.WholeBody)));
                return (SaeResponses.Success(requestId, result, api), null, authorization);
            }
            catch (SaeException e)
            {
                return (SaeResponses.BusinessError(requestId, e.Error), e.Error.ErrorCode, authorization);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An emulator bug must still look like an Alibaba Cloud failure to the client, not an empty 500.
            logger.LogError(e, "{Api} failed", api.Name);
            return (SaeResponses.GatewayError(requestId, request.Host, GatewayError.InternalError), GatewayError.InternalError.Code, authorization);
        }
    }

    /// <summary>What the not-found message adds: the methods the path does take, when it is an official path.</summary>
    private static string NotFoundDetail(ReceivedRequest request)
    {
        IReadOnlyList<string> methods = ApiSurface.Official.MethodsAt(request.Path);
        return methods.Count == 0
            ? $"No SAE API answers {request.Method} {request.Path}."
            : $"No SAE API answers {request.Method} {request.Path}; that path takes {string.Join(", ", methods)}.";
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
