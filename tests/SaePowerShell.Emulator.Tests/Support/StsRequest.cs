using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SaePowerShell.Core.Signing;
using SaePowerShell.Emulator;

namespace SaePowerShell.Tests.Emulator;

/// <summary>Where an RPC request carries its parameters; Alibaba's own clients use all three.</summary>
public enum RpcPlacement
{
    /// <summary>GET with everything in the query (pop-core's default).</summary>
    Query,

    /// <summary>POST with everything, Signature included, in a form body (pop-core with method POST).</summary>
    Form,

    /// <summary>POST with the common parameters and Signature in the query and the action's in a form body (@alicloud/credentials).</summary>
    Split,
}

/// <summary>
/// An STS request (RPC style, API 2015-04-01) to the emulator, signed in the test with the module's
/// <see cref="RpcHmacSha1Signature"/>. Every part can be bent before or after signing, like <see cref="SaeRequest"/>.
/// </summary>
internal sealed class StsRequest
{
    /// <summary>The common parameters; whatever is not one of these is the action's own.</summary>
    private static readonly HashSet<string> CommonNames =
    [
        "Action", "Format", "Version", "Timestamp", "SignatureMethod", "SignatureVersion", "SignatureNonce", "AccessKeyId", "SecurityToken", "Signature",
    ];

    private StsRequest(string action, bool signed)
    {
        ActionName = action;
        Signed = signed;
    }

    public string ActionName { get; set; }

    /// <summary>AssumeRole is signed; AssumeRoleWithOIDC is anonymous.</summary>
    public bool Signed { get; set; }

    public RpcPlacement Placement { get; set; } = RpcPlacement.Query;

    public List<KeyValuePair<string, string>> Parameters { get; } = [];

    public string AccessKeyId { get; set; } = EmulatorOptions.DefaultAccessKeyId;

    public string AccessKeySecret { get; set; } = EmulatorOptions.DefaultAccessKeySecret;

    public string? SecurityToken { get; set; }

    public string Nonce { get; set; } = Guid.NewGuid().ToString();

    public string Version { get; set; } = "2015-04-01";

    public string Format { get; set; } = "JSON";

    /// <summary>The Timestamp the request claims; null means the emulator's clock at send time.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>Changes the parameters (common ones included) before the signature is computed.</summary>
    public Action<List<KeyValuePair<string, string>>>? BeforeSigning { get; set; }

    /// <summary>Changes the parameters after signing (Signature included): what is sent is then not what was signed.</summary>
    public Action<List<KeyValuePair<string, string>>>? AfterSigning { get; set; }

    public const string RoleArn = "acs:ram::123456789012:role/sae-operator";

    public const string OidcProviderArn = "acs:ram::123456789012:oidc-provider/github";

    /// <summary>AssumeRole with a valid RoleArn and RoleSessionName, signed by the emulator's own key.</summary>
    public static StsRequest AssumeRole(params (string Key, string Value)[] parameters) =>
        new StsRequest("AssumeRole", signed: true).With(("RoleArn", RoleArn), ("RoleSessionName", "sae-powershell")).Replace(parameters);

    /// <summary>AssumeRoleWithOIDC with a valid role, provider and the emulator's default OIDC token.</summary>
    public static StsRequest AssumeRoleWithOidc(params (string Key, string Value)[] parameters) =>
        new StsRequest("AssumeRoleWithOIDC", signed: false)
            .With(("RoleArn", RoleArn), ("OIDCProviderArn", OidcProviderArn), ("OIDCToken", EmulatorOptions.DefaultOidcToken), ("RoleSessionName", "sae-powershell"))
            .Replace(parameters);

    public StsRequest With(params (string Key, string Value)[] parameters)
    {
        Parameters.AddRange(parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
        return this;
    }

    /// <summary>Sets each parameter, replacing one of that name if present.</summary>
    public StsRequest Replace(params (string Key, string Value)[] parameters)
    {
        foreach ((string key, string value) in parameters)
        {
            Without(key);
            Parameters.Add(new(key, value));
        }

        return this;
    }

    public StsRequest Without(string name)
    {
        Parameters.RemoveAll(p => p.Key == name);
        return this;
    }

    /// <summary>Signs with an STS credential: its id, secret and (as the SecurityToken parameter) its token.</summary>
    public StsRequest SignedBy(StsCredential credential)
    {
        AccessKeyId = credential.AccessKeyId;
        AccessKeySecret = credential.AccessKeySecret;
        SecurityToken = credential.SecurityToken;
        return this;
    }

    public StsRequest Configure(Action<StsRequest> change)
    {
        change(this);
        return this;
    }

    public HttpRequestMessage Build(Uri baseAddress, DateTimeOffset now)
    {
        var all = new List<KeyValuePair<string, string>>
        {
            new("Action", ActionName),
            new("Format", Format),
            new("Version", Version),
            new("Timestamp", (SignedAt ?? now).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        };
        if (Signed)
        {
            all.Add(new("SignatureMethod", RpcHmacSha1Signature.Method));
            all.Add(new("SignatureVersion", RpcHmacSha1Signature.Version));
            all.Add(new("SignatureNonce", Nonce));
            all.Add(new("AccessKeyId", AccessKeyId));
            if (SecurityToken is not null)
            {
                all.Add(new("SecurityToken", SecurityToken));
            }
        }

        all.AddRange(Parameters);
        BeforeSigning?.Invoke(all);
        if (Signed)
        {
            string method = Placement == RpcPlacement.Query ? "GET" : "POST";
            string stringToSign = RpcHmacSha1Signature.StringToSign(method, RpcHmacSha1Signature.Sort(all));
            all.Add(new("Signature", RpcHmacSha1Signature.Sign(stringToSign, AccessKeySecret)));
        }

        AfterSigning?.Invoke(all);

        List<KeyValuePair<string, string>> inQuery = Placement switch
        {
            RpcPlacement.Query => all,
            RpcPlacement.Form => [],
            _ => all.Where(p => CommonNames.Contains(p.Key)).ToList(),
        };
        List<KeyValuePair<string, string>> inForm = Placement switch
        {
            RpcPlacement.Query => [],
            RpcPlacement.Form => all,
            _ => all.Where(p => !CommonNames.Contains(p.Key)).ToList(),
        };

        string query = RpcHmacSha1Signature.CanonicalizedQuery(inQuery);
        var message = new HttpRequestMessage(
            Placement == RpcPlacement.Query ? HttpMethod.Get : HttpMethod.Post,
            new Uri(baseAddress, "/" + (query.Length > 0 ? "?" + query : "")));
        if (Placement != RpcPlacement.Query)
        {
            message.Content = new StringContent(RpcHmacSha1Signature.CanonicalizedQuery(inForm), Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        return message;
    }
}

/// <summary>An STS credential as the emulator handed it out (AssumeRole's Credentials, ECS metadata, credentials URI).</summary>
internal sealed record StsCredential(string AccessKeyId, string AccessKeySecret, string SecurityToken, string Expiration)
{
    public static StsCredential From(JsonElement credentials) => new(
        credentials.GetProperty("AccessKeyId").GetString()!,
        credentials.GetProperty("AccessKeySecret").GetString()!,
        credentials.GetProperty("SecurityToken").GetString()!,
        credentials.GetProperty("Expiration").GetString()!);

    public DateTimeOffset ExpiresAt => DateTimeOffset.ParseExact(Expiration, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>An SAE request signed with this credential, its token in x-acs-security-token.</summary>
    public SaeRequest Sign(SaeRequest request)
    {
        request.AccessKeyId = AccessKeyId;
        request.AccessKeySecret = AccessKeySecret;
        request.SecurityToken = SecurityToken;
        return request;
    }
}

/// <summary>Sending STS requests and reading the credential sources through an <see cref="EmulatorTestHost"/>.</summary>
internal static class CredentialHostExtensions
{
    public static async Task<SaeReply> SendStsAsync(this EmulatorTestHost host, StsRequest request)
    {
        using HttpRequestMessage message = request.Build(host.BaseAddress, host.Clock.GetUtcNow());
        using HttpResponseMessage response = await host.Http.SendAsync(message);
        Xunit.Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return new SaeReply(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Sends and insists on success, returning the issued credential.</summary>
    public static async Task<StsCredential> AssumeAsync(this EmulatorTestHost host, StsRequest request)
    {
        SaeReply reply = await host.SendStsAsync(request);
        Xunit.Assert.True(reply.Status == System.Net.HttpStatusCode.OK, $"Expected success, got {(int)reply.Status}: {reply.Body}");
        return StsCredential.From(reply.Body.GetProperty("Credentials"));
    }
}
