using System.Text;
using SaePowerShell.Core.Signing;
using Xunit;

namespace SaePowerShell.Tests.Core.Signing;

/// <summary>
/// Vectors B1-B6: requests with a form or JSON body and with an encoded path parameter, produced by Alibaba Cloud's
/// own npm packages (@alicloud/openapi-util 0.3.3 getAuthorization / getStringToSign + getROASignature, the bodies
/// by its toForm and @alicloud/tea-util toJSONString, as @alicloud/openapi-client 0.4.15 builds them) with
/// tools/vectors/make-body-vectors.js. The path is the one sent and signed, already percent-encoded.
/// </summary>
public sealed class BodySignatureVectorTests
{
    private const string Nonce = "550e8400-e29b-41d4-a716-446655440000";
    private const string Date = "Thu, 22 Feb 2018 07:46:12 GMT";
    private const string AcsDate = "2018-02-22T07:46:12Z";
    private const string Host = "sae.cn-hangzhou.aliyuncs.com";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string FormType = "application/x-www-form-urlencoded";
    private const string JsonType = "application/json; charset=utf-8";

    // TagResources: RegionId, ResourceType, ResourceIds ["app-1"], Tags [{"Key":"env","Value":"prod"}], form-encoded
    // in that order by openapi-util toForm (Node querystring: insertion order, encodeURIComponent-style escaping).
    private const string TagPath = "/tags";
    private const string TagBody =
        "RegionId=cn-hangzhou&ResourceType=application&ResourceIds=%5B%22app-1%22%5D&Tags=%5B%7B%22Key%22%3A%22env%22%2C%22Value%22%3A%22prod%22%7D%5D";
    private const string TagBodyHash = "ffa6234308136ca411c9a2d5c1351d218ac865ecebfcceccd6b1e7a2fa05b1e7";

    // CreateConfigMap: the body map {Data: "{\"k1\":\"v1\"}"} as JSON.
    private const string ConfigMapPath = "/pop/v1/sam/configmap/configMap";
    private const string ConfigMapBody = "{\"Data\":\"{\\\"k1\\\":\\\"v1\\\"}\"}";
    private const string ConfigMapBodyHash = "394420f0ba3ec43ebc86f274639683e5eda366b43bf949229ac30744bf307034";

    // StartWebApplication with ApplicationId "app 1/x": openapi-util getEncodeParam gives app%201%2Fx.
    private const string StartWebPath = "/pop/v2/api/web/application-ops/app%201%2Fx/start";

    private static readonly KeyValuePair<string, string>[] NoQuery = [];

    private static readonly KeyValuePair<string, string>[] ConfigMapQuery =
    [
        new("Name", "web-config"), new("NamespaceId", "cn-hangzhou:demo"),
    ];

    private static readonly KeyValuePair<string, string>[] StartWebQuery = [new("NamespaceId", "cn-hangzhou:demo")];

    private static Dictionary<string, string> Acs3Headers(string action, string? contentType, string payloadHash)
    {
        var headers = new Dictionary<string, string>
        {
            ["host"] = Host,
            ["x-acs-version"] = "2019-05-06",
            ["x-acs-action"] = action,
            ["user-agent"] = "test",
            ["x-acs-date"] = AcsDate,
            ["x-acs-signature-nonce"] = Nonce,
            ["accept"] = "application/json",
            ["x-acs-content-sha256"] = payloadHash,
        };
        if (contentType is not null)
        {
            headers["content-type"] = contentType;
        }

        return headers;
    }

    private static Dictionary<string, string> RoaHeaders(string action, string? contentType)
    {
        var headers = new Dictionary<string, string>
        {
            ["date"] = Date,
            ["host"] = Host,
            ["accept"] = "application/json",
            ["x-acs-signature-nonce"] = Nonce,
            ["x-acs-signature-method"] = "HMAC-SHA1",
            ["x-acs-signature-version"] = "1.0",
            ["x-acs-version"] = "2019-05-06",
            ["x-acs-action"] = action,
            ["user-agent"] = "test",
        };
        if (contentType is not null)
        {
            headers["content-type"] = contentType;
        }

        return headers;
    }

    private static void AssertAcs3(SignableRequest request, string payloadHash, string canonicalRequest, string stringToSign, string authorization)
    {
        Assert.Equal(payloadHash, Acs3HmacSha256Signature.HashPayload(request.Body));
        string canonical = Acs3HmacSha256Signature.CanonicalRequest(request, Acs3HmacSha256Signature.SignableHeaderNames(request), payloadHash);
        Assert.Equal(canonicalRequest, canonical);
        Assert.Equal(stringToSign, Acs3HmacSha256Signature.StringToSign(canonical));
        Assert.Equal(authorization, Acs3HmacSha256Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void B1_Acs3_TagResources_FormBody()
    {
        var request = new SignableRequest("POST", TagPath, NoQuery, Acs3Headers("TagResources", FormType, TagBodyHash), Encoding.UTF8.GetBytes(TagBody));

        AssertAcs3(
            request,
            TagBodyHash,
            "POST\n/tags\n\ncontent-type:application/x-www-form-urlencoded\nhost:sae.cn-hangzhou.aliyuncs.com\nx-acs-action:TagResources\nx-acs-content-sha256:ffa6234308136ca411c9a2d5c1351d218ac865ecebfcceccd6b1e7a2fa05b1e7\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\ncontent-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\nffa6234308136ca411c9a2d5c1351d218ac865ecebfcceccd6b1e7a2fa05b1e7",
            "ACS3-HMAC-SHA256\n3f8860b659dcf29be2bc0d2e85588bb70a5596f30470189916e3596eded21367",
            "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=9e18d50a2c74aefcd00dd76d8ab9c339af04297ae6138fb7640c9e485c854d08");
    }

    [Fact]
    public void B2_Acs3_CreateConfigMap_JsonBody()
    {
        var request = new SignableRequest(
            "POST", ConfigMapPath, ConfigMapQuery, Acs3Headers("CreateConfigMap", JsonType, ConfigMapBodyHash), Encoding.UTF8.GetBytes(ConfigMapBody));

        AssertAcs3(
            request,
            ConfigMapBodyHash,
            "POST\n/pop/v1/sam/configmap/configMap\nName=web-config&NamespaceId=cn-hangzhou%3Ademo\ncontent-type:application/json; charset=utf-8\nhost:sae.cn-hangzhou.aliyuncs.com\nx-acs-action:CreateConfigMap\nx-acs-content-sha256:394420f0ba3ec43ebc86f274639683e5eda366b43bf949229ac30744bf307034\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\ncontent-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n394420f0ba3ec43ebc86f274639683e5eda366b43bf949229ac30744bf307034",
            "ACS3-HMAC-SHA256\n07512c740979d2d684b97aa3febaffb7cebc16a7506e6e21243416fedee653fa",
            "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=15cdff17e997b90ef6e9954e128999c355c3fd78fe834b2a5c73306f1917df84");
    }

    [Fact]
    public void B3_Acs3_StartWebApplication_EncodedPathParameter_NoBody()
    {
        var request = new SignableRequest("POST", StartWebPath, StartWebQuery, Acs3Headers("StartWebApplication", null, EmptyHash));

        AssertAcs3(
            request,
            EmptyHash,
            "POST\n/pop/v2/api/web/application-ops/app%201%2Fx/start\nNamespaceId=cn-hangzhou%3Ademo\nhost:sae.cn-hangzhou.aliyuncs.com\nx-acs-action:StartWebApplication\nx-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\nhost;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "ACS3-HMAC-SHA256\nacbbe83a85e9226136890e6d34ea6a1568399a8831dc0b27494597ce88f1e3be",
            "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=6e7fd32989f02891089f753585d1bdb3e42b835328e4575849cc79d6695068a6");
    }

    [Fact]
    public void B4_Roa_TagResources_FormBody()
    {
        var request = new SignableRequest("POST", TagPath, NoQuery, RoaHeaders("TagResources", FormType), Encoding.UTF8.GetBytes(TagBody));

        Assert.Equal(
            "POST\napplication/json\n\napplication/x-www-form-urlencoded\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-action:TagResources\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/tags",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs testid:61ITO8VvEYKiMXSD5TmaMMjEF6Q=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void B5_Roa_CreateConfigMap_JsonBody()
    {
        var request = new SignableRequest("POST", ConfigMapPath, ConfigMapQuery, RoaHeaders("CreateConfigMap", JsonType), Encoding.UTF8.GetBytes(ConfigMapBody));

        Assert.Equal(
            "POST\napplication/json\n\napplication/json; charset=utf-8\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-action:CreateConfigMap\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/pop/v1/sam/configmap/configMap?Name=web-config&NamespaceId=cn-hangzhou:demo",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs testid:pHqh/xfx4FULu0ikBEqzGfHpXbI=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void B6_Roa_StartWebApplication_EncodedPathParameter_NoBody()
    {
        var request = new SignableRequest("POST", StartWebPath, StartWebQuery, RoaHeaders("StartWebApplication", null));

        Assert.Equal(
            "POST\napplication/json\n\n\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-action:StartWebApplication\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/pop/v2/api/web/application-ops/app%201%2Fx/start?NamespaceId=cn-hangzhou:demo",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs testid:1zJcejZnMKqSxxEn9CIaReXQoM4=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }
}
