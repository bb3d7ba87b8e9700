using SaePowerShell.Core.Signing;
using Xunit;

namespace SaePowerShell.Tests.Core.Signing;

/// <summary>The test vectors of shared/reference/sae-api.md §7.3, produced by Alibaba Cloud's own npm SDK packages.</summary>
public sealed class SignatureVectorTests
{
    private const string Nonce = "550e8400-e29b-41d4-a716-446655440000";
    private const string Date = "Thu, 22 Feb 2018 07:46:12 GMT";
    private const string AcsDate = "2018-02-22T07:46:12Z";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static readonly KeyValuePair<string, string>[] R1Query =
    [
        new("NamespaceId", "cn-hangzhou:demo"), new("PageSize", "20"), new("CurrentPage", "1"),
    ];

    private static readonly KeyValuePair<string, string>[] R2Query =
    [
        new("NamespaceId", "cn-shanghai:prod"), new("AppIds", "app-1,app-2"),
    ];

    private static Dictionary<string, string> RoaHeaders(string action) => new()
    {
        ["date"] = Date,
        ["host"] = "sae.cn-hangzhou.aliyuncs.com",
        ["accept"] = "application/json",
        ["x-acs-signature-nonce"] = Nonce,
        ["x-acs-signature-method"] = "HMAC-SHA1",
        ["x-acs-signature-version"] = "1.0",
        ["x-acs-version"] = "2019-05-06",
        ["x-acs-action"] = action,
        ["user-agent"] = "test",
    };

    [Fact]
    public void R1_Roa_ListApplications()
    {
        var request = new SignableRequest("GET", "/pop/v1/sam/app/listApplications", R1Query, RoaHeaders("ListApplications"));

        Assert.Equal(
            "GET\napplication/json\n\n\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-action:ListApplications\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/pop/v1/sam/app/listApplications?CurrentPage=1&NamespaceId=cn-hangzhou:demo&PageSize=20",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs testid:Zm/xFu2TO2O7hjYJ4j13L5AiM4Y=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void R2_Roa_BatchStartApplications_WithSecurityToken()
    {
        var headers = RoaHeaders("BatchStartApplications");
        headers["x-acs-accesskey-id"] = "STS.testid";
        headers["x-acs-security-token"] = "sts-token-value";
        var request = new SignableRequest("PUT", "/pop/v1/sam/app/batchStartApplications", R2Query, headers);

        Assert.Equal(
            "PUT\napplication/json\n\n\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-accesskey-id:STS.testid\nx-acs-action:BatchStartApplications\nx-acs-security-token:sts-token-value\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/pop/v1/sam/app/batchStartApplications?AppIds=app-1,app-2&NamespaceId=cn-shanghai:prod",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs STS.testid:WuDdzCl4DlLb0vUZtbdj7lgSpHo=", RoaHmacSha1Signature.Authorization(request, "STS.testid", "testsecret"));
    }

    [Fact]
    public void R3_Roa_PopCoreStyle_WithContentMd5_AndNoAction()
    {
        var headers = new Dictionary<string, string>
        {
            ["accept"] = "application/json",
            ["date"] = Date,
            ["content-md5"] = "1B2M2Y8AsgTpgAmY7PhCfg==",
            ["x-acs-signature-method"] = "HMAC-SHA1",
            ["x-acs-signature-nonce"] = Nonce,
            ["x-acs-signature-version"] = "1.0",
            ["x-acs-version"] = "2019-05-06",
        };
        var request = new SignableRequest("GET", "/pop/v1/sam/changeorder/DescribeChangeOrder", [new("ChangeOrderId", "co-123")], headers);

        Assert.Equal(
            "GET\napplication/json\n1B2M2Y8AsgTpgAmY7PhCfg==\n\nThu, 22 Feb 2018 07:46:12 GMT\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-signature-version:1.0\nx-acs-version:2019-05-06\n/pop/v1/sam/changeorder/DescribeChangeOrder?ChangeOrderId=co-123",
            RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("acs testid:P3YNSznxcXVMl3Idv5SrE1lkXP0=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void R3_PopCoreEndToEnd_WithItsOwnNonce()
    {
        var headers = new Dictionary<string, string>
        {
            ["accept"] = "application/json",
            ["date"] = Date,
            ["content-md5"] = "1B2M2Y8AsgTpgAmY7PhCfg==",
            ["x-acs-signature-method"] = "HMAC-SHA1",
            ["x-acs-signature-nonce"] = "37dd805bf5889f79c10ca73289fa5bcf",
            ["x-acs-signature-version"] = "1.0",
            ["x-acs-version"] = "2019-05-06",
        };
        var request = new SignableRequest("GET", "/pop/v1/sam/changeorder/DescribeChangeOrder", [new("ChangeOrderId", "co-123")], headers);

        Assert.Equal("acs testid:82LmBaMGl5YYwNOw0ItOyYQJLXw=", RoaHmacSha1Signature.Authorization(request, "testid", "testsecret"));
    }

    private static Dictionary<string, string> V3Headers(string host, string action) => new()
    {
        ["host"] = host,
        ["x-acs-action"] = action,
        ["x-acs-version"] = "2019-05-06",
        ["x-acs-date"] = AcsDate,
        ["x-acs-signature-nonce"] = Nonce,
        ["x-acs-content-sha256"] = EmptyHash,
        ["accept"] = "application/json",
        ["user-agent"] = "test",
    };

    [Fact]
    public void V1_Acs3_ListApplications()
    {
        var request = new SignableRequest("GET", "/pop/v1/sam/app/listApplications", R1Query, V3Headers("sae.cn-hangzhou.aliyuncs.com", "ListApplications"));
        var signed = Acs3HmacSha256Signature.SignableHeaderNames(request);
        string canonical = Acs3HmacSha256Signature.CanonicalRequest(request, signed, EmptyHash);

        Assert.Equal(
            "GET\n/pop/v1/sam/app/listApplications\nCurrentPage=1&NamespaceId=cn-hangzhou%3Ademo&PageSize=20\nhost:sae.cn-hangzhou.aliyuncs.com\nx-acs-action:ListApplications\nx-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\nhost;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
        Assert.Equal("ACS3-HMAC-SHA256\nff34c054cf115c710232b36aada442ea45c25ace99caf1f97040083460e0ff35", Acs3HmacSha256Signature.StringToSign(canonical));
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=c59c6698a2751811b52c9ab702647d070d00a348796a7a3c87fd054d4bcd8fcf",
            Acs3HmacSha256Signature.Authorization(request, "testid", "testsecret"));
    }

    [Fact]
    public void V2_Acs3_BatchStartApplications_WithSecurityToken()
    {
        var headers = V3Headers("sae.cn-shanghai.aliyuncs.com", "BatchStartApplications");
        headers["x-acs-accesskey-id"] = "STS.testid";
        headers["x-acs-security-token"] = "sts-token-value";
        var request = new SignableRequest("PUT", "/pop/v1/sam/app/batchStartApplications", R2Query, headers);
        string canonical = Acs3HmacSha256Signature.CanonicalRequest(request, Acs3HmacSha256Signature.SignableHeaderNames(request), EmptyHash);

        Assert.Equal(
            "PUT\n/pop/v1/sam/app/batchStartApplications\nAppIds=app-1%2Capp-2&NamespaceId=cn-shanghai%3Aprod\nhost:sae.cn-shanghai.aliyuncs.com\nx-acs-accesskey-id:STS.testid\nx-acs-action:BatchStartApplications\nx-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-security-token:sts-token-value\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\nhost;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
        Assert.Equal("ACS3-HMAC-SHA256\n37106d3c4cfed2360b9e3501999e9be633fda4e266055dea658f24d71ef81c57", Acs3HmacSha256Signature.StringToSign(canonical));
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=STS.testid,SignedHeaders=host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature=e61cda9e6c3f5dc47139626e6df9177b246fa41f9f306bac4e866af5beec5f00",
            Acs3HmacSha256Signature.Authorization(request, "STS.testid", "testsecret"));
    }

    [Fact]
    public void V3_Acs3_JsonBody_AndEncodingEdgeCases()
    {
        byte[] body = "{\"a\":1}"u8.ToArray();
        string payloadHash = Acs3HmacSha256Signature.HashPayload(body);
        Assert.Equal("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862", payloadHash);

        var headers = new Dictionary<string, string>
        {
            ["host"] = "sae.cn-hangzhou.aliyuncs.com",
            ["x-acs-action"] = "Test",
            ["x-acs-version"] = "2019-05-06",
            ["x-acs-date"] = AcsDate,
            ["x-acs-signature-nonce"] = Nonce,
            ["x-acs-content-sha256"] = payloadHash,
            ["accept"] = "application/json",
            ["content-type"] = "application/json; charset=utf-8",
        };
        var request = new SignableRequest("POST", "/pop/v1/sam/app/test", [new("AppId", "a b*~")], headers, body);
        string canonical = Acs3HmacSha256Signature.CanonicalRequest(request, Acs3HmacSha256Signature.SignableHeaderNames(request), payloadHash);

        Assert.Equal(
            "POST\n/pop/v1/sam/app/test\nAppId=a%20b%2A~\ncontent-type:application/json; charset=utf-8\nhost:sae.cn-hangzhou.aliyuncs.com\nx-acs-action:Test\nx-acs-content-sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862\nx-acs-date:2018-02-22T07:46:12Z\nx-acs-signature-nonce:550e8400-e29b-41d4-a716-446655440000\nx-acs-version:2019-05-06\n\ncontent-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
            canonical);
        Assert.Equal("ACS3-HMAC-SHA256\n7bb434f5e7beb4273068493f8b202e52c03ce61d7b6433448fe0024993577f4a", Acs3HmacSha256Signature.StringToSign(canonical));
        Assert.Equal("d1755ea9e5c6325c7460417d6b2274ef445bcbb30a319711e196a47ea84f7ded", Acs3HmacSha256Signature.Sign(Acs3HmacSha256Signature.StringToSign(canonical), "testsecret"));
    }
}
