using System.Globalization;
using System.Net.Http.Headers;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Tests.Emulator;

public enum SigningScheme
{
    V3,
    Roa,
}

/// <summary>
/// A request to the emulator, signed in the test with the module's own signing code (the emulator compiles its own
/// copy). Every part can be bent before or after signing, which is how the gateway error tests are written.
/// </summary>
internal sealed class SaeRequest
{
    private SaeRequest(string action, string method, string path)
    {
        ActionName = action;
        Method = method;
        Path = path;
    }

    public string ActionName { get; set; }

    public string Method { get; set; }

    public string Path { get; set; }

    public List<KeyValuePair<string, string>> Query { get; } = [];

    public SigningScheme Scheme { get; set; } = SigningScheme.V3;

    public string AccessKeyId { get; set; } = SaePowerShell.Emulator.EmulatorOptions.DefaultAccessKeyId;

    public string AccessKeySecret { get; set; } = SaePowerShell.Emulator.EmulatorOptions.DefaultAccessKeySecret;

    public string? SecurityToken { get; set; }

    public string Nonce { get; set; } = Guid.NewGuid().ToString();

    public string Version { get; set; } = "2019-05-06";

    /// <summary>The time the request claims; null means the emulator's clock at send time.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    public string? RegionId { get; set; }

    /// <summary>The body that is signed; <see cref="SentBody"/> replaces it on the wire when set.</summary>
    public byte[] Body { get; set; } = [];

    public byte[]? SentBody { get; set; }

    /// <summary>Changes the header set after the defaults are in and before the signature is computed.</summary>
    public Action<Dictionary<string, string>>? BeforeSigning { get; set; }

    /// <summary>Changes the header set after signing: what is sent is then not what was signed.</summary>
    public Action<Dictionary<string, string>>? AfterSigning { get; set; }

    public static SaeRequest ListApplications(params (string Key, string Value)[] query) => new SaeRequest("ListApplications", "GET", "/pop/v1/sam/app/listApplications").With(query);

    public static SaeRequest BatchStart(params (string Key, string Value)[] query) => new SaeRequest("BatchStartApplications", "PUT", "/pop/v1/sam/app/batchStartApplications").With(query);

    public static SaeRequest BatchStop(params (string Key, string Value)[] query) => new SaeRequest("BatchStopApplications", "PUT", "/pop/v1/sam/app/batchStopApplications").With(query);

    public static SaeRequest BatchRestart(params (string Key, string Value)[] query) => new SaeRequest("BatchRestartApplications", "PUT", "/pop/v1/sam/app/batchRestartApplications").With(query);

    /// <summary>One of the three batch APIs by name, for tests that hold for all of them.</summary>
    public static SaeRequest Batch(string api, params (string Key, string Value)[] query) => api switch
    {
        "BatchStartApplications" => BatchStart(query),
        "BatchStopApplications" => BatchStop(query),
        "BatchRestartApplications" => BatchRestart(query),
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, "Not a batch API."),
    };

    public static SaeRequest ListChangeOrders(params (string Key, string Value)[] query) => new SaeRequest("ListChangeOrders", "GET", "/pop/v1/sam/changeorder/ListChangeOrders").With(query);

    public static SaeRequest ListNamespaceChangeOrders(params (string Key, string Value)[] query) => new SaeRequest("ListNamespaceChangeOrders", "GET", "/pop/v1/sam/changeorder/listNamespaceChangeOrders").With(query);

    public static SaeRequest DescribeNamespaceList(params (string Key, string Value)[] query) => new SaeRequest("DescribeNamespaceList", "GET", "/pop/v1/sam/namespace/describeNamespaceList").With(query);

    public static SaeRequest DescribeChangeOrder(string id) => new SaeRequest("DescribeChangeOrder", "GET", "/pop/v1/sam/changeorder/DescribeChangeOrder").With(("ChangeOrderId", id));

    public static SaeRequest DescribeApplicationStatus(string appId) => new SaeRequest("DescribeApplicationStatus", "GET", "/pop/v1/sam/app/describeApplicationStatus").With(("AppId", appId));

    public static SaeRequest Custom(string method, string path, params (string Key, string Value)[] query) => new SaeRequest("Custom", method, path).With(query);

    public SaeRequest With(params (string Key, string Value)[] query)
    {
        foreach ((string key, string value) in query)
        {
            Query.Add(new(key, value));
        }

        return this;
    }

    public SaeRequest WithScheme(SigningScheme scheme)
    {
        Scheme = scheme;
        return this;
    }

    public SaeRequest Configure(Action<SaeRequest> change)
    {
        change(this);
        return this;
    }

    public HttpRequestMessage Build(Uri baseAddress, DateTimeOffset now)
    {
        DateTimeOffset at = SignedAt ?? now;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["accept"] = "application/json",
            ["host"] = baseAddress.Authority,
            ["x-acs-action"] = ActionName,
            ["x-acs-version"] = Version,
            ["x-acs-signature-nonce"] = Nonce,
        };
        if (RegionId is not null)
        {
            headers["x-acs-region-id"] = RegionId;
        }

        if (SecurityToken is not null)
        {
            headers["x-acs-security-token"] = SecurityToken;
            headers["x-acs-accesskey-id"] = AccessKeyId;
        }

        if (Scheme == SigningScheme.V3)
        {
            headers["x-acs-date"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            headers["x-acs-content-sha256"] = Acs3HmacSha256Signature.HashPayload(Body);
        }
        else
        {
            headers["date"] = at.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
            headers["x-acs-signature-method"] = RoaHmacSha1Signature.Method;
            headers["x-acs-signature-version"] = RoaHmacSha1Signature.Version;
        }

        BeforeSigning?.Invoke(headers);

        // The signable request sees exactly the headers that will be sent, minus the ones HttpClient adds itself.
        var signable = new SignableRequest(Method, Path, Query, headers, Body);
        string authorization = Scheme == SigningScheme.V3
            ? Acs3HmacSha256Signature.Authorization(signable, AccessKeyId, AccessKeySecret)
            : RoaHmacSha1Signature.Authorization(signable, AccessKeyId, AccessKeySecret);
        headers["authorization"] = authorization;
        AfterSigning?.Invoke(headers);

        string query = string.Join("&", Query.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Path + (query.Length > 0 ? "?" + query : "")));
        byte[] body = SentBody ?? Body;
        if (body.Length > 0 || Method is "PUT" or "POST")
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach ((string name, string value) in headers)
        {
            if (name == "host")
            {
                message.Headers.Host = value;
            }
            else if (name is "content-type" or "content-md5")
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
