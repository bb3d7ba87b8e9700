using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Benchmarks;

/// <summary>
/// Signing one BatchStartApplications call: the signature alone (Core/Signing, over a request already laid out) and
/// the whole signed HttpRequestMessage as the client builds it (SignedRequestFactory). Target: a few microseconds per
/// signature. AppIds: 1 application, or 50 (2,000 applications over 40 namespaces).
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2025, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private SignableRequest _acs3 = null!;
    private SignableRequest _roa = null!;
    private ApiRequest _request = null!;
    private SaeCredential _credential = null!;

    [Params(1, 50)]
    public int AppIds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string namespaceId = Fixtures.NamespaceId(0);
        string appIds = string.Join(",", Enumerable.Range(0, AppIds).Select(i => Fixtures.AppId(0, i)));
        var query = new[]
        {
            new KeyValuePair<string, string>("NamespaceId", namespaceId),
            new KeyValuePair<string, string>("AppIds", appIds),
        };
        var common = new Dictionary<string, string>
        {
            ["accept"] = "application/json",
            ["x-acs-action"] = "BatchStartApplications",
            ["x-acs-version"] = SaeApi.Version,
            ["x-acs-signature-nonce"] = "3c6b8a2f0d1e4b7a9c5d2e8f1a4b7c0d",
            ["x-acs-region-id"] = "cn-hangzhou",
        };

        var acs3Headers = new Dictionary<string, string>(common)
        {
            ["host"] = "sae.cn-hangzhou.aliyuncs.com",
            ["x-acs-date"] = Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["x-acs-content-sha256"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        };
        _acs3 = new SignableRequest("PUT", SaeApi.BatchStartApplications.Path, query, acs3Headers);

        var roaHeaders = new Dictionary<string, string>(common)
        {
            ["date"] = Now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture),
            ["x-acs-signature-method"] = RoaHmacSha1Signature.Method,
            ["x-acs-signature-version"] = RoaHmacSha1Signature.Version,
        };
        _roa = new SignableRequest("PUT", SaeApi.BatchStartApplications.Path, query, roaHeaders);

        var location = new ServiceLocation(new Uri("https://sae.cn-hangzhou.aliyuncs.com"), "cn-hangzhou", "benchmark", "benchmark");
        _request = new ApiRequest(SaeApi.BatchStartApplications, location).With("NamespaceId", namespaceId).With("AppIds", appIds);
        _credential = new SaeCredential(Fixtures.AccessKeyId, Fixtures.AccessKeySecret, null, "benchmark");
    }

    [Benchmark(Description = "ACS3-HMAC-SHA256 signature")]
    public string Acs3HmacSha256() => Acs3HmacSha256Signature.Authorization(_acs3, Fixtures.AccessKeyId, Fixtures.AccessKeySecret);

    [Benchmark(Description = "ROA HMAC-SHA1 signature")]
    public string RoaHmacSha1() => RoaHmacSha1Signature.Authorization(_roa, Fixtures.AccessKeyId, Fixtures.AccessKeySecret);

    [Benchmark(Description = "Signed HttpRequestMessage (ACS3)")]
    public HttpRequestMessage SignedRequestAcs3()
    {
        HttpRequestMessage message = SignedRequestFactory.Create(_request, _credential, SaeSignatureMethod.Acs3HmacSha256, Now, "3c6b8a2f0d1e4b7a9c5d2e8f1a4b7c0d", "SaePowerShell/0.1.0");
        message.Dispose();
        return message;
    }
}
