using SaePowerShell.Emulator.Accounts;
using SaePowerShell.Emulator.Credentials;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>
/// A stand-in for Security Token Service (RPC API 2015-04-01) at <c>GET /</c> and <c>POST /</c>: AssumeRole (signed
/// with a key the emulator knows) and AssumeRoleWithOIDC (anonymous, with an allowed OIDC token). The credentials
/// it issues open the SAE gateway until they expire, in the world of the role's account (the id in its ARN), else of
/// the account of the key that signed AssumeRole, else the default account. A request to <c>/</c> without an <c>Action</c> is not an RPC
/// call, and goes to the SAE gateway like any other path.
/// </summary>
internal sealed class StsEndpoint(
    RpcSignatureCheck signatures,
    StsCredentialIssuer issuer,
    AccessKeyStore keys,
    EmulatorAccounts accounts,
    IReadOnlyCollection<string> oidcTokens,
    RequestLog log,
    SaeGateway gateway,
    ILogger logger)
{
    public const string ApiVersion = "2015-04-01";
    public const string AssumeRole = "AssumeRole";
    public const string AssumeRoleWithOidc = "AssumeRoleWithOIDC";

    private readonly HashSet<string> _oidcTokens = new(oidcTokens, StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext context)
    {
        RpcParameters parameters;
        try
        {
            parameters = await RpcParameters.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (parameters["Action"] is null)
        {
            await gateway.HandleAsync(context);
            return;
        }

        (int generation, int sequence) = log.Begin();
        string requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        string host = context.Request.Host.Value ?? "";
        string action = parameters["Action"]!;
        string? api = action is AssumeRole or AssumeRoleWithOidc ? action : null;
        bool signed = api == AssumeRole;

        PreparedAnswer answer;
        string? code;
        try
        {
            (GatewayError? error, PreparedAnswer? success) = Serve(context.Request.Method, parameters, api, requestId);
            answer = success ?? StsResponses.Error(requestId, host, error!);
            code = error?.Code;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Api} failed", api ?? action);
            answer = StsResponses.Error(requestId, host, GatewayError.InternalError);
            code = GatewayError.InternalError.Code;
        }

        log.Add(generation, new RequestLogEntry(
            sequence,
            api,
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            parameters.Values,
            answer.Status,
            code,
            NamespaceId: null,
            AppIds: [],
            SignatureScheme: signed ? "RPC" : null,
            AccessKeyId: signed ? parameters["AccessKeyId"] : null,
            Fault: null));
        await answer.SendAsync(context);
    }

    private (GatewayError? Error, PreparedAnswer? Success) Serve(string method, RpcParameters parameters, string? api, string requestId)
    {
        if (parameters.RepeatedName is { } repeated)
        {
            return (StsErrors.Repeated(repeated), null);
        }

        if (api is null)
        {
            return (StsErrors.ActionNotFound, null);
        }

        string? version = parameters["Version"];
        if (version is null)
        {
            return (StsErrors.Missing("Version"), null);
        }

        if (version != ApiVersion)
        {
            return (StsErrors.InvalidVersion, null);
        }

        if (!string.Equals(parameters["Format"], "JSON", StringComparison.OrdinalIgnoreCase))
        {
            return (StsErrors.JsonOnly, null);
        }

        (RoleRequest? role, GatewayError? error) = api == AssumeRole ? CheckAssumeRole(method, parameters) : CheckAssumeRoleWithOidc(parameters);
        if (role is null)
        {
            return (error, null);
        }

        string accountId = accounts.OfRoleArn(role.RoleArn)?.AccountId
            ?? (api == AssumeRole ? keys.Find(parameters["AccessKeyId"]!)?.AccountId : null)
            ?? EmulatorAccounts.DefaultAccountId;
        return (null, StsResponses.AssumedRole(requestId, role, issuer.Issue(role.DurationSeconds, accountId)));
    }

    /// <summary>The signature first (the gateway answers before STS sees the request), then STS's parameters.</summary>
    private (RoleRequest? Role, GatewayError? Error) CheckAssumeRole(string method, RpcParameters parameters)
    {
        GatewayError? rejected = signatures.Verify(method, parameters);
        if (rejected is not null)
        {
            return (null, rejected);
        }

        RoleRequest? role = RoleRequest.Parse(parameters, out GatewayError? error);
        if (role is not null && parameters["ExternalId"] is { } externalId && !RoleRequest.ExternalIdPattern().IsMatch(externalId))
        {
            return (null, StsErrors.WronglyFormed("ExternalId"));
        }

        return (role, error);
    }

    /// <summary>Anonymous: any signature parameters are ignored; the OIDC token is what authenticates.</summary>
    private (RoleRequest? Role, GatewayError? Error) CheckAssumeRoleWithOidc(RpcParameters parameters)
    {
        GatewayError? error = RoleRequest.CheckRoleArn(parameters);
        if (error is not null)
        {
            return (null, error);
        }

        string? providerArn = parameters["OIDCProviderArn"];
        if (providerArn is null)
        {
            return (null, StsErrors.Missing("OIDCProviderArn"));
        }

        if (!RoleRequest.OidcProviderArnPattern().IsMatch(providerArn))
        {
            return (null, StsErrors.WronglyFormed("OIDCProviderArn"));
        }

        string? token = parameters["OIDCToken"];
        if (token is null)
        {
            return (null, StsErrors.Missing("OIDCToken"));
        }

        RoleRequest? role = RoleRequest.ParseRest(parameters["RoleArn"]!, parameters, out error);
        if (role is null)
        {
            return (null, error);
        }

        return _oidcTokens.Contains(token) ? (role, null) : (null, StsErrors.OidcTokenInvalid);
    }
}
