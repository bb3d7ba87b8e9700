using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Bad input of every kind gets a clear error answer, and the emulator goes on serving: each case is followed by a good
/// request that must still succeed.
/// </summary>
public sealed class BadRequestTests
{
    /// <summary>A bad request and what it must be answered: status and error code (null where Kestrel answers with no body).</summary>
    private sealed record BadRequest(Func<EmulatorTestHost, Task<(int Status, string? Code)>> SendAsync, int Status, string? Code);

    private const string Obviously = "InvalidParameter.Obviously";

    private static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["PageSize=0"] = Signed(SaeRequest.ListApplications(("PageSize", "0")), 400, Obviously),
        ["PageSize=-1"] = Signed(SaeRequest.ListApplications(("PageSize", "-1")), 400, Obviously),
        ["PageSize=10^9"] = Signed(SaeRequest.ListApplications(("PageSize", "1000000000")), 400, Obviously),
        ["PageSize=abc"] = Signed(SaeRequest.ListApplications(("PageSize", "abc")), 400, Obviously),
        ["PageSize empty"] = Signed(SaeRequest.ListApplications(("PageSize", "")), 400, Obviously),
        ["CurrentPage beyond int"] = Signed(SaeRequest.ListApplications(("CurrentPage", "99999999999")), 400, Obviously),
        ["ListChangeOrders PageSize=201"] = Signed(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi), ("PageSize", "201")), 400, Obviously),
        ["ListChangeOrders CoStatus=abc"] = Signed(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi), ("CoStatus", "abc")), 400, Obviously),
        ["180 unknown AppIds"] = Signed(
            SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", string.Join(",", Enumerable.Range(0, 180).Select(i => Guid.NewGuid().ToString())))),
            404,
            "InvalidAppId.NotFound"),
        ["1500 duplicate AppIds"] = Signed(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", string.Join(",", Enumerable.Repeat("x", 1500)))), 404, "InvalidAppId.NotFound"),
        ["AppIds of commas"] = Signed(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", ",,,")), 400, Obviously),
        ["AppIds with a control character"] = Signed(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi + "\u0001")), 400, Obviously),
        ["AppId of 65 characters"] = Signed(SaeRequest.BatchStop(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", new string('a', 65))), 400, Obviously),
        ["blank NamespaceId"] = Signed(SaeRequest.BatchRestart(("NamespaceId", "  ")), 400, "InvalidParameter.NotEmpty"),
        ["NamespaceId of 7000 characters"] = Signed(SaeRequest.ListApplications(("NamespaceId", new string('n', 7000))), 404, "InvalidNamespaceId.NotFound"),
        ["unknown FieldType"] = Signed(SaeRequest.ListApplications(("FieldType", "nope"), ("FieldValue", "x")), 400, Obviously),
        ["unknown API"] = Signed(SaeRequest.Custom("GET", "/pop/v1/sam/app/describeEverything"), 404, "InvalidApi.NotFound"),
        ["unknown method"] = Signed(SaeRequest.ListApplications().Configure(r => r.Method = "PATCH"), 404, "InvalidApi.NotFound"),
        ["missing x-acs-version"] = Signed(SaeRequest.ListApplications().Configure(r => r.BeforeSigning = h => h.Remove("x-acs-version")), 404, "InvalidApi.NotFound"),
        ["missing Authorization"] = Signed(SaeRequest.ListApplications().Configure(r => r.AfterSigning = h => h.Remove("authorization")), 400, "IncompleteSignature"),
        ["Authorization of garbage"] = Signed(SaeRequest.ListApplications().Configure(r => r.AfterSigning = h => h["authorization"] = "ACS3-HMAC-SHA256 ,,,=,=="), 400, "IncompleteSignature"),
        ["x-acs-date of garbage"] = Signed(SaeRequest.ListApplications().Configure(r => r.BeforeSigning = h => h["x-acs-date"] = "9999-99-99T99:99:99Z"), 400, "InvalidTimeStamp.Format"),
        ["missing nonce"] = Signed(SaeRequest.ListApplications().Configure(r => r.AfterSigning = h => h.Remove("x-acs-signature-nonce")), 400, "IncompleteSignature"),
        ["10 MB body that is not the signed one"] = Signed(
            SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo")).Configure(r => r.SentBody = new byte[10 * 1024 * 1024]),
            400,
            "IncompleteSignature"),
        ["malformed query string, unsigned"] = Raw(
            "GET /pop/v1/sam/app/listApplications?%zz&&=&NamespaceId=%&PageSize=%FF%FE&=== HTTP/1.1\r\nHost: {host}\r\nx-acs-version: 2019-05-06",
            400,
            "IncompleteSignature"),
        ["no headers at all (HTTP/1.0), so no Host to check"] = Raw("GET /pop/v1/sam/app/listApplications HTTP/1.0", 400, "InvalidHost"),
        ["no Host (HTTP/1.1), answered by Kestrel"] = Raw("GET /pop/v1/sam/app/listApplications HTTP/1.1", 400, null),
        ["10 MB query value, answered by Kestrel"] = Raw(
            "GET /pop/v1/sam/app/listApplications?NamespaceId=" + new string('n', 10 * 1024 * 1024) + " HTTP/1.1\r\nHost: {host}",
            414,
            null),
        ["64 KB header, answered by Kestrel"] = Raw("GET /pop/v1/sam/app/listApplications HTTP/1.1\r\nHost: {host}\r\nx-acs-junk: " + new string('j', 64 * 1024), 431, null),
        ["Content-Length over 30 MB, answered by Kestrel"] = Raw(
            "PUT /pop/v1/sam/app/batchStartApplications?NamespaceId=cn-hangzhou:demo HTTP/1.1\r\nHost: {host}\r\nx-acs-version: 2019-05-06\r\nContent-Length: 40000000",
            413,
            null),
        ["encoded NUL in the path, answered by Kestrel"] = Raw("GET /pop/v1/sam/app/listApplications%00 HTTP/1.1\r\nHost: {host}", 400, null),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task ABadRequest_GetsAClearError_AndTheEmulatorKeepsServing(string name)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        BadRequest bad = Cases[name];

        (int status, string? code) = await bad.SendAsync(host);

        Assert.Equal((bad.Status, bad.Code), (status, code));
        Assert.Empty(await host.ChangeOrderIdsAsync());
        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")));
        Assert.Equal(3, data.GetProperty("TotalSize").GetInt32());
        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi);
    }

    [Fact]
    public async Task ManyBadRequestsAtOnce_LeaveTheEmulatorServing()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        // Every cheap case three times, all at once.
        IEnumerable<Task<(int, string?)>> barrage = Cases
            .Where(c => !c.Key.Contains("MB", StringComparison.Ordinal))
            .SelectMany(c => Enumerable.Repeat(c.Value, 3))
            .Select(c => c.SendAsync(host));
        (int Status, string? Code)[] answers = await Task.WhenAll(barrage);

        Assert.All(answers, a => Assert.InRange(a.Status, 400, 499));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SaeRequest.DescribeNamespaceList())).Status);
    }

    private static BadRequest Signed(SaeRequest request, int status, string code) =>
        new(async host =>
        {
            // SendRawAsync, not SendAsync: the answer's shape is part of what is being checked, not assumed.
            RawReply reply = await host.SendRawAsync(request);
            return ((int)reply.Status, CodeOf(reply.Text));
        }, status, code);

    /// <summary>A request written by hand; <c>{host}</c> becomes the emulator's host:port.</summary>
    private static BadRequest Raw(string head, int status, string? code) =>
        new(async host =>
        {
            RawHttpReply reply = await RawHttp.SendAsync(host.BaseAddress, head.Replace("{host}", host.BaseAddress.Authority, StringComparison.Ordinal));
            int bodyStart = reply.Text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return (reply.Status, bodyStart < 0 ? null : CodeOf(reply.Text[(bodyStart + 4)..]));
        }, status, code);

    /// <summary>The error code of a JSON error body, whichever shape (SAE's ErrorCode, the gateway's Code); null for no JSON body.</summary>
    private static string? CodeOf(string body)
    {
        if (!body.StartsWith('{'))
        {
            return null;
        }

        JsonElement json = JsonDocument.Parse(Encoding.UTF8.GetBytes(body)).RootElement;
        return json.TryGetProperty("ErrorCode", out JsonElement sae) ? sae.GetString() : json.GetProperty("Code").GetString();
    }
}
