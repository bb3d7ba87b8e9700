using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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

    /// <summary>
    /// Values for the <c>{Name}</c> segments of <see cref="Path"/>, percent-encoded into the path as the SDK does
    /// (dara.PercentEncode: RFC 3986, so '/' is %2F and a space %20); the signature covers the encoded path.
    /// </summary>
    public Dictionary<string, string> PathParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>The content-type header, sent and signed (ACS3 signs it; ROA has it in the string to sign); null for none.</summary>
    public string? ContentType { get; set; }

    /// <summary>When true, a Content-MD5 of <see cref="Body"/> is sent and signed, as pop-core does (the Go SDK does not).</summary>
    public bool SendContentMd5 { get; set; }

    /// <summary><see cref="Path"/> with every path parameter encoded in, as it goes on the wire and into the signature.</summary>
    public string WirePath => PathParameters.Aggregate(Path, (path, p) => path.Replace("{" + p.Key + "}", PercentEncoding.Encode(p.Value), StringComparison.Ordinal));

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

    /// <summary>Any official API by action, method and path template (fill <see cref="PathParameters"/> for a template).</summary>
    public static SaeRequest Api(string action, string method, string path, params (string Key, string Value)[] query) => new SaeRequest(action, method, path).With(query);

    public static SaeRequest DescribeRegions() => Api("DescribeRegions", "GET", "/pop/v1/paas/regionConfig");

    /// <summary>TagResources with its parameters as a form body, as the SDK sends a formData API's body parameters.</summary>
    public static SaeRequest TagResources(params (string Key, string Value)[] form) => Api("TagResources", "POST", "/tags").WithFormBody(form);

    /// <summary>TagResources for applications, ids and tags JSON-encoded into their string parameters as the SDK expects them.</summary>
    public static SaeRequest TagApplications(IEnumerable<string> appIds, IEnumerable<(string Key, string Value)> tags) => TagResources(
        ("ResourceType", "application"),
        ("ResourceIds", JsonSerializer.Serialize(appIds)),
        ("Tags", JsonSerializer.Serialize(tags.Select(t => new { t.Key, t.Value }))));

    /// <summary>CreateConfigMap: Name and NamespaceId in the query, Data (a JSON object as a string) in a JSON body.</summary>
    public static SaeRequest CreateConfigMap(string name, string namespaceId, string dataJson) =>
        Api("CreateConfigMap", "POST", "/pop/v1/sam/configmap/configMap", ("Name", name), ("NamespaceId", namespaceId))
            .WithJsonBody(new Dictionary<string, object?> { ["Data"] = dataJson });

    public static SaeRequest DescribeConfigMap(long id) =>
        Api("DescribeConfigMap", "GET", "/pop/v1/sam/configmap/configMap", ("ConfigMapId", id.ToString(CultureInfo.InvariantCulture)));

    public static SaeRequest ListNamespacedConfigMaps(string namespaceId) =>
        Api("ListNamespacedConfigMaps", "GET", "/pop/v1/sam/configmap/listNamespacedConfigMaps", ("NamespaceId", namespaceId));

    /// <summary>UpdateConfigMap: ConfigMapId in the query, Data (a JSON object as a string) in a JSON body.</summary>
    public static SaeRequest UpdateConfigMap(long id, string dataJson) =>
        Api("UpdateConfigMap", "PUT", "/pop/v1/sam/configmap/configMap", ("ConfigMapId", id.ToString(CultureInfo.InvariantCulture)))
            .WithJsonBody(new Dictionary<string, object?> { ["Data"] = dataJson });

    public static SaeRequest DeleteConfigMap(long id) =>
        Api("DeleteConfigMap", "DELETE", "/pop/v1/sam/configmap/configMap", ("ConfigMapId", id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>CreateSecret: everything in the query; <paramref name="dataJson"/> (a JSON object of base64 strings) goes
    /// in SecretData as the official SDKs send it, inside their SecretData object (<see cref="SdkSecretData"/>).</summary>
    public static SaeRequest CreateSecret(string name, string namespaceId, string dataJson, string type = "Opaque") =>
        Api("CreateSecret", "POST", "/pop/v1/sam/secret/secret", ("NamespaceId", namespaceId), ("SecretName", name), ("SecretType", type), ("SecretData", SdkSecretData(dataJson)));

    /// <summary>The SDKs' CreateSecretRequestSecretData / UpdateSecretRequestSecretData, JSON-encoded into the query.</summary>
    public static string SdkSecretData(string dataJson) => JsonSerializer.Serialize(new Dictionary<string, string> { ["SecretData"] = dataJson });

    public static SaeRequest DescribeSecret(string namespaceId, long id) =>
        Api("DescribeSecret", "GET", "/pop/v1/sam/secret/secret", ("NamespaceId", namespaceId), ("SecretId", id.ToString(CultureInfo.InvariantCulture)));

    public static SaeRequest ListSecrets(string namespaceId) =>
        Api("ListSecrets", "GET", "/pop/v1/sam/secret/secrets", ("NamespaceId", namespaceId));

    public static SaeRequest UpdateSecret(string namespaceId, long id, string dataJson) =>
        Api("UpdateSecret", "PUT", "/pop/v1/sam/secret/secret", ("NamespaceId", namespaceId), ("SecretId", id.ToString(CultureInfo.InvariantCulture)), ("SecretData", SdkSecretData(dataJson)));

    public static SaeRequest DeleteSecret(string namespaceId, long id) =>
        Api("DeleteSecret", "DELETE", "/pop/v1/sam/secret/secret", ("NamespaceId", namespaceId), ("SecretId", id.ToString(CultureInfo.InvariantCulture)));
    private const string ScalingRulePath = "/pop/v1/sam/scale/applicationScalingRule";

    /// <summary>CreateApplicationScalingRule: everything in the query, the timer and metric as SAE's JSON strings.</summary>
    public static SaeRequest CreateScalingRule(string appId, string name, string type, string? timer = null, string? metric = null, params (string Key, string Value)[] more) =>
        Api("CreateApplicationScalingRule", "POST", ScalingRulePath, [("AppId", appId), ("ScalingRuleName", name), ("ScalingRuleType", type),
            .. timer is null ? Array.Empty<(string, string)>() : [("ScalingRuleTimer", timer)],
            .. metric is null ? Array.Empty<(string, string)>() : [("ScalingRuleMetric", metric)], .. more]);

    public static SaeRequest UpdateScalingRule(string appId, string name, params (string Key, string Value)[] more) =>
        Api("UpdateApplicationScalingRule", "PUT", ScalingRulePath, [("AppId", appId), ("ScalingRuleName", name), .. more]);

    public static SaeRequest DescribeScalingRule(string appId, string name) =>
        Api("DescribeApplicationScalingRule", "GET", ScalingRulePath, ("AppId", appId), ("ScalingRuleName", name));

    public static SaeRequest DescribeScalingRules(string appId) =>
        Api("DescribeApplicationScalingRules", "GET", "/pop/v1/sam/scale/applicationScalingRules", ("AppId", appId));

    public static SaeRequest DeleteScalingRule(string appId, string name) =>
        Api("DeleteApplicationScalingRule", "DELETE", ScalingRulePath, ("AppId", appId), ("ScalingRuleName", name));

    public static SaeRequest SwitchScalingRule(string appId, string name, bool enable) => enable
        ? Api("EnableApplicationScalingRule", "PUT", "/pop/v1/sam/scale/enableApplicationScalingRule", ("AppId", appId), ("ScalingRuleName", name))
        : Api("DisableApplicationScalingRule", "PUT", "/pop/v1/sam/scale/disableApplicationScalingRule", ("AppId", appId), ("ScalingRuleName", name));

    /// <summary>CreateNamespace: everything in the query.</summary>
    public static SaeRequest CreateNamespace(string namespaceId, string name, params (string Name, string Value)[] more) =>
        Api("CreateNamespace", "POST", "/pop/v1/paas/namespace", [("NamespaceId", namespaceId), ("NamespaceName", name), .. more]);

    public static SaeRequest DescribeNamespace(string namespaceId) =>
        Api("DescribeNamespace", "GET", "/pop/v1/paas/namespace", ("NamespaceId", namespaceId));

    public static SaeRequest UpdateNamespace(string namespaceId, string name, params (string Name, string Value)[] more) =>
        Api("UpdateNamespace", "PUT", "/pop/v1/paas/namespace", [("NamespaceId", namespaceId), ("NamespaceName", name), .. more]);

    public static SaeRequest DeleteNamespace(string namespaceId) =>
        Api("DeleteNamespace", "DELETE", "/pop/v1/paas/namespace", ("NamespaceId", namespaceId));

    public static SaeRequest DescribeWebApplication(string applicationId, string namespaceId) =>
        Api("DescribeWebApplication", "GET", "/pop/v2/api/web/applications/{ApplicationId}", ("NamespaceId", namespaceId)).WithPath("ApplicationId", applicationId);

    public static SaeRequest StartWebApplication(string applicationId, string namespaceId) =>
        Api("StartWebApplication", "POST", "/pop/v2/api/web/application-ops/{ApplicationId}/start", ("NamespaceId", namespaceId)).WithPath("ApplicationId", applicationId);

    public SaeRequest WithPath(string name, string value)
    {
        PathParameters[name] = value;
        return this;
    }

    /// <summary>
    /// The body as the SDK encodes a formData API's body parameters: url.Values.Encode, keys sorted, values
    /// query-escaped (a space is '+'), content-type application/x-www-form-urlencoded.
    /// </summary>
    public SaeRequest WithFormBody(params (string Key, string Value)[] form)
    {
        string encoded = string.Join("&", form.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => FormEscape(p.Key) + "=" + FormEscape(p.Value)));
        Body = Encoding.UTF8.GetBytes(encoded);
        ContentType = "application/x-www-form-urlencoded";
        return this;
    }

    /// <summary>The body as the SDK encodes a json API's body: the map (or a v2 API's whole body) as JSON, content-type application/json; charset=utf-8.</summary>
    public SaeRequest WithJsonBody(object body)
    {
        Body = body is string text ? Encoding.UTF8.GetBytes(text) : JsonSerializer.SerializeToUtf8Bytes(body);
        ContentType = "application/json; charset=utf-8";
        return this;
    }

    /// <summary>Go's url.QueryEscape: RFC 3986 encoding except that a space is '+'.</summary>
    private static string FormEscape(string value) => PercentEncoding.Encode(value).Replace("%20", "+", StringComparison.Ordinal);

    public SaeRequest With(params (string Key, string Value)[] query)
    {
        foreach ((string key, string value) in query)
        {
            Query.Add(new(key, value));
        }

        return this;
    }

    /// <summary>Leaves the named query parameters out (to send a request without one a helper puts in).</summary>
    public SaeRequest Without(params string[] keys)
    {
        Query.RemoveAll(p => keys.Contains(p.Key, StringComparer.Ordinal));
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

        if (ContentType is not null)
        {
            headers["content-type"] = ContentType;
        }

        if (SendContentMd5)
        {
            headers["content-md5"] = Convert.ToBase64String(MD5.HashData(Body));
        }

        BeforeSigning?.Invoke(headers);

        // The signable request sees exactly the headers that will be sent, minus the ones HttpClient adds itself.
        string path = WirePath;
        var signable = new SignableRequest(Method, path, Query, headers, Body);
        string authorization = Scheme == SigningScheme.V3
            ? Acs3HmacSha256Signature.Authorization(signable, AccessKeyId, AccessKeySecret)
            : RoaHmacSha1Signature.Authorization(signable, AccessKeyId, AccessKeySecret);
        headers["authorization"] = authorization;
        AfterSigning?.Invoke(headers);

        string query = string.Join("&", Query.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, path + (query.Length > 0 ? "?" + query : "")));
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
