using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Errors;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Json;
using SaePowerShell.Core.Signing;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sts;

/// <summary>
/// STS (API 2015-04-01, RPC style): AssumeRole, signed with the caller's AccessKey, and AssumeRoleWithOIDC, which
/// is anonymous. Both answer temporary credentials with an expiry.
/// </summary>
internal sealed class StsClient
{
    public const string Version = "2015-04-01";
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpMessageInvoker _http;
    private readonly IClock _clock;

    public StsClient(Uri endpoint)
        : this(endpoint, SharedHttp.Client, SystemClock.Instance)
    {
    }

    internal StsClient(Uri endpoint, HttpMessageInvoker http, IClock clock)
    {
        Endpoint = endpoint;
        _http = http;
        _clock = clock;
    }

    public Uri Endpoint { get; }

    public Task<SaeCredential> AssumeRoleAsync(SaeCredential caller, RoleRequest role, string description, CancellationToken cancellationToken)
    {
        var query = Common("AssumeRole");
        query.Add(Pair("AccessKeyId", caller.AccessKeyId));
        query.Add(Pair("SignatureMethod", RpcHmacSha1Signature.Method));
        query.Add(Pair("SignatureVersion", "1.0"));
        query.Add(Pair("SignatureNonce", Guid.NewGuid().ToString("N")));
        if (caller.SecurityToken != null)
        {
            query.Add(Pair("SecurityToken", caller.SecurityToken));
        }

        AddRole(query, role);
        IReadOnlyList<KeyValuePair<string, string>> sorted = RpcHmacSha1Signature.Sort(query);
        byte[] key = caller.Secret.KeyWith('&');
        string signature;
        try
        {
            signature = RpcHmacSha1Signature.SignWithKey(RpcHmacSha1Signature.StringToSign("GET", sorted), key);
        }
        finally
        {
            Array.Clear(key, 0, key.Length);
        }

        var signed = sorted.Concat(new[] { Pair("Signature", signature) });
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint, "?" + Encode(signed)));
        return SendAsync("AssumeRole", request, description, () => new[] { caller.Secret.IsCleared ? null : caller.Secret.Reveal(), caller.SecurityToken }, cancellationToken);
    }

    public Task<SaeCredential> AssumeRoleWithOidcAsync(RoleRequest role, string oidcProviderArn, string oidcToken, string description, CancellationToken cancellationToken)
    {
        var query = Common("AssumeRoleWithOIDC");
        query.Add(Pair("OIDCProviderArn", oidcProviderArn));
        query.Add(Pair("OIDCToken", oidcToken));
        AddRole(query, role);

        // The OIDC token can be long: it goes in a form body, not the URL.
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new FormUrlEncodedContent(query) };
        return SendAsync("AssumeRoleWithOIDC", request, description, () => new[] { oidcToken }, cancellationToken);
    }

    private List<KeyValuePair<string, string>> Common(string action) => new List<KeyValuePair<string, string>>
    {
        Pair("Action", action),
        Pair("Format", "JSON"),
        Pair("Version", Version),
        Pair("Timestamp", _clock.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
    };

    private static void AddRole(List<KeyValuePair<string, string>> query, RoleRequest role)
    {
        query.Add(Pair("RoleArn", role.RoleArn));
        query.Add(Pair("RoleSessionName", role.SessionName));
        query.Add(Pair("DurationSeconds", role.DurationSeconds.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(role.Policy))
        {
            query.Add(Pair("Policy", role.Policy!));
        }
    }

    /// <summary><paramref name="secrets"/> is asked for only when an error must be redacted, so the secret is not made text otherwise.</summary>
    private async Task<SaeCredential> SendAsync(string action, HttpRequestMessage request, string description, Func<string?[]> secrets, CancellationToken cancellationToken)
    {
        int status;
        string body;
        using (request)
        {
            try
            {
                HttpAnswer answer = await BoundedHttp.SendAndReadAsync(_http, request, CallTimeout, BoundedHttp.CredentialAnswerLimit, cancellationToken).ConfigureAwait(false);
                status = answer.Status;
                body = answer.Body;
            }
            catch (AnswerTooLargeException ex)
            {
                throw new SaeConfigurationException("StsAnswerTooLarge", "STS at " + Endpoint.GetLeftPart(UriPartial.Authority) + " answered " + description + " with more than " + BoundedHttp.Describe(ex.Limit) + "; it was not read.");
            }
            catch (Exception ex) when (ex is DeadlineExceededException || Retry.TransportFailures.IsTransport(ex))
            {
                throw new SaeConfigurationException("StsUnreachable", "STS at " + Endpoint.GetLeftPart(UriPartial.Authority) + " could not be reached for " + description + ": " + ex.Message);
            }
        }

        JObject? json = JsonRead.TryParseObject(body);
        if (status >= 200 && status < 300 && json != null && JsonRead.Child(json, "Credentials") is JObject credentials)
        {
            return Read(credentials, description, action);
        }

        ServiceError error = json != null ? ErrorBodyParser.FromJson(json, status) : ErrorBodyParser.Parse(status, body);
        ErrorCatalogEntry entry = ErrorCatalog.Lookup(error.Code, status);
        string message = SecretRedactor.Redact(error.Message, secrets());

        throw new SaeServiceException(action, error.Code, message + " (for " + description + ")",
            entry.Category == SaeErrorCategory.NotSpecified ? SaeErrorCategory.AuthenticationError : entry.Category, entry.IsTransient, "Check the role ARN and that the caller may assume it.",
            httpStatus: status, requestId: error.RequestId, recommend: error.Recommend);
    }

    private static SaeCredential Read(JObject credentials, string description, string action)
    {
        string? id = JsonRead.String(credentials, "AccessKeyId");
        string? secret = JsonRead.String(credentials, "AccessKeySecret");
        string? token = JsonRead.String(credentials, "SecurityToken");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(token))
        {
            throw new SaeConfigurationException("StsAnswerIncomplete", action + " for " + description + " answered without a complete AccessKey and token.");
        }

        return new SaeCredential(id!, secret!, token, description, ParseExpiration(JsonRead.String(credentials, "Expiration")));
    }

    internal static DateTimeOffset? ParseExpiration(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset at) ? at : (DateTimeOffset?)null;

    private static string Encode(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join("&", query.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);
}
