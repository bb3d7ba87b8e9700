using System.Globalization;
using System.Text;
using System.Text.Json;
using SaePowerShell.Emulator.Admin;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Credentials;

/// <summary>
/// The machine-local credential sources, under <c>/_emulator</c> so a client reaches them through an endpoint
/// override: an ECS instance metadata service (<c>/_emulator/metadata/latest/…</c>, IMDSv1 and v2) and a
/// credentials URI (<c>/_emulator/credentials-uri</c>). Both hand out STS credentials the SAE gateway accepts.
/// Loopback only, like the admin endpoints; every request is in the request log (api <c>Metadata</c> or <c>CredentialsUri</c>).
/// </summary>
internal static class CredentialEndpoints
{
    public const string MetadataPrefix = AdminEndpoints.Prefix + "/metadata";
    public const string CredentialsUriPath = AdminEndpoints.Prefix + "/credentials-uri";
    public const string EcsRoleName = "SaeEmulatorEcsRole";

    /// <summary>ECS role credentials live six hours, as on a real instance (capped by --sts-duration-cap-seconds).</summary>
    public const int EcsCredentialSeconds = 21600;

    public const int CredentialsUriSeconds = 3600;

    public const string TokenHeader = "X-aliyun-ecs-metadata-token";
    public const string TokenTtlHeader = "X-aliyun-ecs-metadata-token-ttl-seconds";

    private const string MetadataApi = "Metadata";
    private const string CredentialsUriApi = "CredentialsUri";
    private const string SecurityCredentials = "/latest/meta-data/ram/security-credentials";

    public static void Map(IEndpointRouteBuilder routes, StsCredentialIssuer issuer, RequestLog log, bool imdsV2Only)
    {
        var tokens = new MetadataTokens(issuer.Clock);
        var ecsRole = new RotatingCredential(issuer, EcsCredentialSeconds);
        var credentialsUri = new RotatingCredential(issuer, CredentialsUriSeconds);

        RouteGroupBuilder metadata = routes.MapGroup(MetadataPrefix).AddEndpointFilter(new LoopbackOnlyFilter());

        metadata.MapPut("/latest/api/token", (HttpContext context) =>
        {
            string? ttlText = context.Request.Headers[TokenTtlHeader];
            if (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out int ttl) || ttl < 1 || ttl > MetadataTokens.MaxTtlSeconds)
            {
                return Answer(log, context, MetadataApi, Text(400, $"{TokenTtlHeader} must be an integer from 1 to {MetadataTokens.MaxTtlSeconds}."));
            }

            return Answer(log, context, MetadataApi, Text(200, tokens.Issue(ttl)));
        });

        // Routing ignores a trailing slash, so the listing answers with or without one, as clients differ.
        metadata.MapGet(SecurityCredentials, (HttpContext context) =>
            Answer(log, context, MetadataApi, Authorise(context, tokens, imdsV2Only) ?? Text(200, EcsRoleName), Scheme(context)));

        metadata.MapGet(SecurityCredentials + "/{roleName}", (HttpContext context, string roleName) =>
        {
            PreparedAnswer? refused = Authorise(context, tokens, imdsV2Only);
            if (refused is not null)
            {
                return Answer(log, context, MetadataApi, refused, Scheme(context));
            }

            if (roleName != EcsRoleName)
            {
                return Answer(log, context, MetadataApi, Text(404, "Not Found"), Scheme(context));
            }

            IssuedCredential credential = ecsRole.Current();
            return Answer(log, context, MetadataApi, CredentialJson(credential, lastUpdated: true), Scheme(context), credential.Key.AccessKeyId);
        });

        // Anything else under the metadata prefix is a path the stand-in does not serve, as IMDS answers an unknown path.
        metadata.Map("/{**rest}", (HttpContext context) => Answer(log, context, MetadataApi, Text(404, "Not Found")));

        routes.MapGet(CredentialsUriPath, (HttpContext context) =>
        {
            IssuedCredential credential = credentialsUri.Current();
            return Answer(log, context, CredentialsUriApi, CredentialJson(credential, lastUpdated: false), accessKeyId: credential.Key.AccessKeyId);
        }).AddEndpointFilter(new LoopbackOnlyFilter());
    }

    /// <summary>
    /// IMDSv2 when the token header is present (then it must be a live token); IMDSv1 when it is absent, unless the
    /// emulator runs <c>--imds-v2-only</c>. Null when the request may proceed, else the 403.
    /// </summary>
    private static PreparedAnswer? Authorise(HttpContext context, MetadataTokens tokens, bool imdsV2Only)
    {
        string? token = context.Request.Headers[TokenHeader];
        if (token is null)
        {
            return imdsV2Only ? Text(403, $"This instance requires IMDSv2: get a token with PUT /latest/api/token and send it as {TokenHeader}.") : null;
        }

        return tokens.IsValid(token) ? null : Text(403, "The metadata token is invalid or has expired.");
    }

    private static string Scheme(HttpContext context) => context.Request.Headers.ContainsKey(TokenHeader) ? "IMDSv2" : "IMDSv1";

    /// <summary>The credential in the shape @alicloud/credentials reads from both sources (Code must be "Success").</summary>
    private static PreparedAnswer CredentialJson(IssuedCredential credential, bool lastUpdated)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EmulatorJson.Sae.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("Code", "Success");
            writer.WriteString("AccessKeyId", credential.Key.AccessKeyId);
            writer.WriteString("AccessKeySecret", credential.Key.AccessKeySecret);
            writer.WriteString("SecurityToken", credential.SecurityToken);
            writer.WriteString("Expiration", StsCredentialIssuer.Format(credential.Expiration));
            if (lastUpdated)
            {
                writer.WriteString("LastUpdated", StsCredentialIssuer.Format(credential.IssuedAt));
            }

            writer.WriteEndObject();
        }

        return new PreparedAnswer(StatusCodes.Status200OK, "application/json", buffer.ToArray(), null);
    }

    private static PreparedAnswer Text(int status, string text) => new(status, "text/plain", Encoding.UTF8.GetBytes(text), null);

    /// <summary>Logs the request (before its answer leaves, like every other request) and returns the answer to send.</summary>
    private static IResult Answer(RequestLog log, HttpContext context, string api, PreparedAnswer answer, string? scheme = null, string? accessKeyId = null)
    {
        (int generation, int sequence) = log.Begin();
        log.Add(generation, new RequestLogEntry(
            sequence,
            api,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            answer.Status,
            Code: null,
            NamespaceId: null,
            AppIds: [],
            SignatureScheme: scheme,
            AccessKeyId: accessKeyId,
            Fault: null));
        return new PreparedAnswerResult(answer);
    }

    private sealed class PreparedAnswerResult(PreparedAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => answer.SendAsync(httpContext);
    }
}
