using SaePowerShell.Core.Signing;
using Xunit;

namespace SaePowerShell.Tests.Core.Signing;

/// <summary>
/// RPC (STS 2015-04-01) signing vectors produced by Alibaba Cloud's own npm packages, installed with
/// <c>npm install @alicloud/openapi-util @alicloud/pop-core</c> in a scratch folder (openapi-util 0.3.3, pop-core 1.8.0
/// with its nested kitx 1.3.0, node 20). For each vector the signature came from
/// <c>OpenApiUtil.getRPCSignature(params, method, "testsecret")</c> over the full parameter set, and independently
/// from <c>new RPCClient({accessKeyId, accessKeySecret[, securityToken], endpoint: "https://sts.aliyuncs.com",
/// apiVersion: "2015-04-01"}).request("AssumeRole", params, {method})</c> with pop-core's kitx.makeNonce and Date
/// fixed, httpx.request replaced by a recorder, and kitx.sha1 wrapped to record the string to sign; a plain
/// node:crypto HMAC over that string agreed too. The URL (or, for POST, the form body) is what pop-core would have sent.
/// </summary>
public sealed class RpcSignatureVectorTests
{
    private const string Nonce = "550e8400-e29b-41d4-a716-446655440000";
    private const string Timestamp = "2018-02-22T07:46:12Z";
    private const string RoleArn = "acs:ram::123456789012:role/test";

    /// <summary>The common parameters pop-core adds (Action first; order does not matter, the signer sorts).</summary>
    private static List<KeyValuePair<string, string>> CommonParameters(string accessKeyId, string? securityToken = null)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new("Action", "AssumeRole"),
            new("Format", "JSON"),
            new("Timestamp", Timestamp),
            new("Version", "2015-04-01"),
            new("SignatureMethod", "HMAC-SHA1"),
            new("SignatureVersion", "1.0"),
            new("SignatureNonce", Nonce),
            new("AccessKeyId", accessKeyId),
        };
        if (securityToken is not null)
        {
            query.Add(new("SecurityToken", securityToken));
        }

        return query;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> AssumeRole(string accessKeyId, string durationSeconds, string? securityToken = null, params (string Key, string Value)[] extra)
    {
        List<KeyValuePair<string, string>> query = CommonParameters(accessKeyId, securityToken);
        query.Add(new("RoleArn", RoleArn));
        query.Add(new("RoleSessionName", "sae-powershell"));
        query.Add(new("DurationSeconds", durationSeconds));
        query.AddRange(extra.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
        return RpcHmacSha1Signature.Sort(query);
    }

    [Fact]
    public void AssumeRole_Get()
    {
        IReadOnlyList<KeyValuePair<string, string>> query = AssumeRole("testid", "3600");
        string stringToSign = RpcHmacSha1Signature.StringToSign("GET", query);

        Assert.Equal(
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DAssumeRole%26DurationSeconds%3D3600%26Format%3DJSON%26RoleArn%3Dacs%253Aram%253A%253A123456789012%253Arole%252Ftest%26RoleSessionName%3Dsae-powershell%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D550e8400-e29b-41d4-a716-446655440000%26SignatureVersion%3D1.0%26Timestamp%3D2018-02-22T07%253A46%253A12Z%26Version%3D2015-04-01",
            stringToSign);
        Assert.Equal("rx6C0tWq7dlHHOuMqPFyoSo3JRQ=", RpcHmacSha1Signature.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void AssumeRole_Get_QueryString_IsWhatPopCoreSent()
    {
        IReadOnlyList<KeyValuePair<string, string>> query = AssumeRole("testid", "3600");
        string signature = RpcHmacSha1Signature.Sign(RpcHmacSha1Signature.StringToSign("GET", query), "testsecret");

        // pop-core appends Signature after the sorted parameters.
        Assert.Equal(
            "AccessKeyId=testid&Action=AssumeRole&DurationSeconds=3600&Format=JSON&RoleArn=acs%3Aram%3A%3A123456789012%3Arole%2Ftest&RoleSessionName=sae-powershell&SignatureMethod=HMAC-SHA1&SignatureNonce=550e8400-e29b-41d4-a716-446655440000&SignatureVersion=1.0&Timestamp=2018-02-22T07%3A46%3A12Z&Version=2015-04-01&Signature=rx6C0tWq7dlHHOuMqPFyoSo3JRQ%3D",
            RpcHmacSha1Signature.CanonicalizedQuery(query) + "&Signature=" + PercentEncoding.Encode(signature));
    }

    [Fact]
    public void AssumeRole_WithAValueNeedingEncoding()
    {
        // Space, '*', '/', a non-ASCII letter and the four characters encodeURIComponent leaves alone but Alibaba encodes.
        IReadOnlyList<KeyValuePair<string, string>> query = AssumeRole("testid", "3600", extra: ("ExternalId", "a b*~/é!'()"));
        string stringToSign = RpcHmacSha1Signature.StringToSign("GET", query);

        Assert.Equal(
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DAssumeRole%26DurationSeconds%3D3600%26ExternalId%3Da%2520b%252A~%252F%25C3%25A9%2521%2527%2528%2529%26Format%3DJSON%26RoleArn%3Dacs%253Aram%253A%253A123456789012%253Arole%252Ftest%26RoleSessionName%3Dsae-powershell%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D550e8400-e29b-41d4-a716-446655440000%26SignatureVersion%3D1.0%26Timestamp%3D2018-02-22T07%253A46%253A12Z%26Version%3D2015-04-01",
            stringToSign);
        Assert.Equal("7H4ZnBIzi9Fbaot/ot+fsoDfFSs=", RpcHmacSha1Signature.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void AssumeRole_SignedWithAnStsCredential_CarriesItsSecurityToken()
    {
        IReadOnlyList<KeyValuePair<string, string>> query = AssumeRole("STS.testid", "900", securityToken: "sts-token-value");
        string stringToSign = RpcHmacSha1Signature.StringToSign("GET", query);

        Assert.Equal(
            "GET&%2F&AccessKeyId%3DSTS.testid%26Action%3DAssumeRole%26DurationSeconds%3D900%26Format%3DJSON%26RoleArn%3Dacs%253Aram%253A%253A123456789012%253Arole%252Ftest%26RoleSessionName%3Dsae-powershell%26SecurityToken%3Dsts-token-value%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D550e8400-e29b-41d4-a716-446655440000%26SignatureVersion%3D1.0%26Timestamp%3D2018-02-22T07%253A46%253A12Z%26Version%3D2015-04-01",
            stringToSign);
        Assert.Equal("kxaKzpOhT/gKBBvn0XFXQ6ygcvk=", RpcHmacSha1Signature.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void AssumeRole_Post_WithAPolicy()
    {
        // pop-core with {method: "POST"} signs "POST&…" and sends the same pairs as a form body to "/".
        IReadOnlyList<KeyValuePair<string, string>> query = AssumeRole(
            "testid", "3600", extra: ("Policy", "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sae:*\",\"Resource\":\"*\"}]}"));
        string stringToSign = RpcHmacSha1Signature.StringToSign("POST", query);

        Assert.Equal(
            "POST&%2F&AccessKeyId%3Dtestid%26Action%3DAssumeRole%26DurationSeconds%3D3600%26Format%3DJSON%26Policy%3D%257B%2522Version%2522%253A%25221%2522%252C%2522Statement%2522%253A%255B%257B%2522Effect%2522%253A%2522Allow%2522%252C%2522Action%2522%253A%2522sae%253A%252A%2522%252C%2522Resource%2522%253A%2522%252A%2522%257D%255D%257D%26RoleArn%3Dacs%253Aram%253A%253A123456789012%253Arole%252Ftest%26RoleSessionName%3Dsae-powershell%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D550e8400-e29b-41d4-a716-446655440000%26SignatureVersion%3D1.0%26Timestamp%3D2018-02-22T07%253A46%253A12Z%26Version%3D2015-04-01",
            stringToSign);
        Assert.Equal("+5wyk/qJUH/H2XWRxVbsTvz9c1M=", RpcHmacSha1Signature.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void TheKey_IsTheSecretWithATrailingAmpersand()
    {
        // What tells the RPC scheme from the ROA one over the same bytes: the same string, two different keys.
        Assert.NotEqual(RoaHmacSha1Signature.Sign("x", "testsecret"), RpcHmacSha1Signature.Sign("x", "testsecret"));
        Assert.Equal(RoaHmacSha1Signature.Sign("x", "testsecret&"), RpcHmacSha1Signature.Sign("x", "testsecret"));
    }
}
