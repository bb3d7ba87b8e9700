using System.IO.Compression;
using System.Text;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Time;
using Xunit;

namespace SaePowerShell.Tests.Security;

/// <summary>Servers that answer too much: every answer is read as a stream and capped after decompression.</summary>
public sealed class HostileAnswerTests
{
    private const long FiveHundredMegabytes = 500L * 1024 * 1024;

    /// <summary>256 MB of zeros, gzipped to a few hundred KB: a bomb.</summary>
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++)
            {
                gzip.Write(zeros);
            }
        }

        return compressed.ToArray();
    });

    private static SaeClient Client() =>
        new(new StaticCredentialSource(new SaeCredential("testid", "testsecret", null, "test")),
            new SaeClientOptions { MaximumRetryCount = 0, Timeout = TimeSpan.FromSeconds(60) }, NullLog.Instance);

    private static ApiRequest List(Uri endpoint) => new ApiRequest(SaeApi.ListApplications, new ServiceLocation(endpoint, "cn-hangzhou", "t", "t")).With("NamespaceId", "cn-hangzhou:demo");

    /// <summary>Streams <paramref name="length"/> bytes of a JSON-looking body, with or without saying how long it is.</summary>
    private static Func<HostileRequest, Stream, Task> Giant(long length, bool declare) => async (_, stream) =>
    {
        await HostileServer.Head(stream, 200, "Content-Type: application/json\r\n" + (declare ? "Content-Length: " + length + "\r\n" : string.Empty) + "Connection: close\r\n");
        byte[] chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        chunk[0] = (byte)'{';
        for (long sent = 0; sent < length; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk);
            chunk[0] = (byte)'x';
        }
    };

    private static async Task<(T Exception, long Allocated)> Measure<T>(Func<Task> call)
        where T : Exception
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        T ex = await Assert.ThrowsAsync<T>(call);
        return (ex, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AGiantSaeAnswer_IsAnErrorNamingTheCap_AndIsNotReadWhole(bool declaresItsLength)
    {
        await using var server = new HostileServer(Giant(FiveHundredMegabytes, declaresItsLength));

        var (ex, allocated) = await Measure<SaePowerShell.SaeServiceException>(() => Client().SendAsync(List(server.Endpoint), CancellationToken.None));

        Assert.Equal("ResponseTooLarge", ex.Code);
        Assert.Contains("64 MB", ex.Message);
        Assert.True(allocated < 400L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB were allocated for a 500 MB answer");
    }

    [Fact]
    public async Task AGzipBomb_IsCappedAfterDecompression()
    {
        byte[] bomb = GzipBomb.Value;
        await using var server = new HostileServer(async (_, stream) =>
        {
            await HostileServer.Head(stream, 200, "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + bomb.Length + "\r\nConnection: close\r\n");
            await stream.WriteAsync(bomb);
        });

        var (ex, allocated) = await Measure<SaePowerShell.SaeServiceException>(() => Client().SendAsync(List(server.Endpoint), CancellationToken.None));

        Assert.Equal("ResponseTooLarge", ex.Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB were allocated for a {bomb.Length / 1024} KB bomb of 256 MB");
    }

    [Fact]
    public async Task AGiantAnswerToAStart_IsAnAnswerNotRead_SoTheOutcomeIsUnknown()
    {
        await using var server = new HostileServer(Giant(100L * 1024 * 1024, declare: false));
        var start = new ApiRequest(SaeApi.BatchStartApplications, new ServiceLocation(server.Endpoint, "cn-hangzhou", "t", "t")) { NamespaceId = "cn-hangzhou:demo", AppIds = ["a"] }
            .With("NamespaceId", "cn-hangzhou:demo").With("AppIds", "a");

        var ex = await Assert.ThrowsAsync<SaePowerShell.SaeOutcomeUnknownException>(() => Client().SendAsync(start, CancellationToken.None));

        Assert.Contains("larger than 64 MB", ex.Reason);
    }

    [Fact]
    public async Task AGiantStsAnswer_IsAClearErrorWithTheSmallCap()
    {
        await using var server = new HostileServer(Giant(200L * 1024 * 1024, declare: false));
        var sts = new StsClient(server.Endpoint, SharedHttp.Client, SystemClock.Instance);

        var (ex, allocated) = await Measure<SaePowerShell.SaeConfigurationException>(() =>
            sts.AssumeRoleAsync(new SaeCredential("LTAIcaller", "callersecret", null, "test"), new RoleRequest("acs:ram::1:role/r", null, null, null), "a test role", CancellationToken.None));

        Assert.Equal("StsAnswerTooLarge", ex.ErrorId);
        Assert.Contains("1 MB", ex.Message);
        Assert.True(allocated < 50L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB were allocated for a 200 MB STS answer");
    }

    [Fact]
    public async Task AGiantCredentialsUriAnswer_IsAClearErrorWithTheSmallCap()
    {
        await using var server = new HostileServer(Giant(50L * 1024 * 1024, declare: true));
        var source = new CredentialsUriSource(new Uri(server.Endpoint, "/credentials?role=big"));

        var ex = await Assert.ThrowsAsync<SaePowerShell.SaeConfigurationException>(() => source.GetAsync(CancellationToken.None));

        Assert.Equal("CredentialsUriAnswerTooLarge", ex.ErrorId);
        Assert.Contains("1 MB", ex.Message);
    }

    [Fact]
    public async Task TheCredentialsUri_IsCachedByTheWholeUri_QueryIncluded()
    {
        await using var server = new HostileServer((request, stream) => HostileServer.Json(stream,
            "{\"Code\":\"Success\",\"AccessKeyId\":\"STS." + (request.Target.Contains("admin") ? "admin" : "readonly") + "id\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\",\"Expiration\":\"2099-01-01T00:00:00Z\"}"));

        var admin = SharedSources.Get(new CredentialsUriSource(new Uri(server.Endpoint, "/creds?role=admin")));
        var readOnly = SharedSources.Get(new CredentialsUriSource(new Uri(server.Endpoint, "/creds?role=readonly")));

        Assert.NotSame(admin, readOnly);
        Assert.Equal("STS.adminid", (await admin.GetAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal("STS.readonlyid", (await readOnly.GetAsync(CancellationToken.None)).AccessKeyId);
    }
}
