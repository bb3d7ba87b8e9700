using System.Collections.ObjectModel;
using System.Management.Automation;
using SaePowerShell.Tests.Commands;
using Xunit;

namespace SaePowerShell.Tests.Security;

/// <summary>The cmdlets against servers that lie, inject or send nothing useful: each is one clear error, and nothing more is sent.</summary>
[Collection(nameof(ProcessEnvironmentCollection))]
[Trait("Category", CmdletHost.Trait)]
public sealed class HostileServerCmdletTests
{
    private const string App = """{"AppId":"0d1e2f3a-0000-4000-8000-000000000201","AppName":"web","NamespaceId":"cn-hangzhou:demo","RegionId":"cn-hangzhou"}""";

    private static (Collection<PSObject> Output, PowerShell Shell) Run(string script, params object[] arguments)
    {
        PowerShell shell = CmdletHost.Create();
        shell.AddScript(script);
        foreach (object argument in arguments)
        {
            shell.AddArgument(argument);
        }

        return (shell.Invoke(), shell);
    }

    [Fact]
    public async Task ATotalSizeThatLies_StopsThePagingAtTheFirstRepeat_WithAnError()
    {
        await using var server = new HostileServer((_, stream) => HostileServer.Json(stream,
            "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":{\"CurrentPage\":1,\"PageSize\":100,\"TotalSize\":1000000000,\"Applications\":[" + App + "]}}"));

        var (output, shell) = Run("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential -MaximumRetryCount 0", server.Endpoint);
        using (shell)
        {
            Assert.Single(output);
            ErrorRecord error = Assert.Single(shell.Streams.Error);
            Assert.StartsWith("ListingRepeats,", error.FullyQualifiedErrorId);
            Assert.Equal(2, server.Received.Count);
        }
    }

    [Fact]
    public async Task ATotalSizeThatPagesCannotReach_StopsWhereTheFirstPageSaysTheListEnds()
    {
        int page = 0;
        await using var server = new HostileServer((_, stream) =>
        {
            int n = Interlocked.Increment(ref page);
            string app = App.Replace("000000000201", n.ToString("D12"));
            return HostileServer.Json(stream, "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":{\"TotalSize\":" + (n == 1 ? 300 : 1000000000) + ",\"Applications\":[" + app + "]}}");
        });

        var (output, shell) = Run("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential -MaximumRetryCount 0", server.Endpoint);
        using (shell)
        {
            // One application a page, and a first page that counts 300: 300 pages at most, never the billion the later pages claim.
            Assert.Equal(300, output.Count);
            Assert.StartsWith("IncompleteListing,", Assert.Single(shell.Streams.Error).FullyQualifiedErrorId);
            Assert.Equal(300, server.Received.Count);
        }
    }

    [Fact]
    public async Task AServiceThatClampsThePageSize_IsFollowedAtTheSizeItGives()
    {
        var pages = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var server = new HostileServer((request, stream) =>
        {
            pages.Enqueue(request.Target);
            int page = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + request.Target).Query)["CurrentPage"]!, System.Globalization.CultureInfo.InvariantCulture);
            string apps = string.Join(",", Enumerable.Range(((page - 1) * 100) + 1, page == 3 ? 50 : 100).Select(n => App.Replace("000000000201", n.ToString("D12"))));
            return HostileServer.Json(stream, "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":{\"TotalSize\":250,\"PageSize\":100,\"Applications\":[" + apps + "]}}");
        });

        var (output, shell) = Run("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential -MaximumRetryCount 0", server.Endpoint);
        using (shell)
        {
            Assert.Empty(shell.Streams.Error);
            Assert.Equal(250, output.Count);
            Assert.Equal(3, pages.Count);
            Assert.All(pages, p => Assert.Contains("PageSize=10000", p));
        }
    }

    [Theory]
    [InlineData("Get-SaeApplication -RegionId cn-hangzhou")]
    [InlineData("Get-SaeNamespace -RegionId cn-hangzhou")]
    public async Task ASuccessWithoutData_IsAnError_NotAnEmptyResult(string command)
    {
        await using var server = new HostileServer((_, stream) => HostileServer.Json(stream, """{"RequestId":"r-nodata","Code":"200","Success":true}"""));

        var (output, shell) = Run(command + " -Endpoint $args[0] -Credential $SaeCredential -MaximumRetryCount 0", server.Endpoint);
        using (shell)
        {
            Assert.Empty(output);
            ErrorRecord error = Assert.Single(shell.Streams.Error);
            Assert.StartsWith("InvalidResponse,", error.FullyQualifiedErrorId);
            Assert.Contains("without Data", error.Exception.Message);
        }
    }

    [Fact]
    public async Task ACredentialsUriThatInjectsHeaders_IsRefusedByName_AndNothingReachesSae()
    {
        await using var injector = new HostileServer((_, stream) => HostileServer.Json(stream,
            """{"Code":"Success","AccessKeyId":"STS.injected","AccessKeySecret":"s","SecurityToken":"CAIS\r\n\r\nDELETE /smuggled-request HTTP/1.1\r\nHost: 127.0.0.1","Expiration":"2099-01-01T00:00:00Z"}"""));
        await using var sae = new HostileServer((_, stream) => HostileServer.Json(stream, """{"RequestId":"r","Code":"200","Success":true,"Data":{"Applications":[],"TotalSize":0}}"""));
        string? before = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_CREDENTIALS_URI");
        Environment.SetEnvironmentVariable("ALIBABA_CLOUD_CREDENTIALS_URI", new Uri(injector.Endpoint, "/creds?case=" + Guid.NewGuid().ToString("N")).ToString());
        try
        {
            var (_, shell) = Run("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -MaximumRetryCount 0", sae.Endpoint);
            using (shell)
            {
                ErrorRecord error = Assert.Single(shell.Streams.Error);
                Assert.StartsWith("InvalidCredentialValue,", error.FullyQualifiedErrorId);
                Assert.Contains("credentials URI", error.Exception.Message);
                Assert.DoesNotContain("smuggled", error.ToString());
                Assert.Empty(sae.Received);
                Assert.DoesNotContain(injector.Received, r => r.Method == "DELETE");
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("ALIBABA_CLOUD_CREDENTIALS_URI", before);
        }
    }

    [Fact]
    public async Task ABadWildcardPattern_IsAnInputError_BeforeAnyCall()
    {
        await using var sae = new HostileServer((_, stream) => HostileServer.Json(stream, """{"RequestId":"r","Code":"200","Success":true,"Data":{"Applications":[],"TotalSize":0}}"""));

        var (_, shell) = Run("Get-SaeApplication -RegionId cn-hangzhou -Name 'x[' -Endpoint $args[0] -Credential $SaeCredential; Get-SaeNamespace 'cn-hangzhou:[' -Endpoint $args[0] -Credential $SaeCredential", sae.Endpoint);
        using (shell)
        {
            Assert.Equal(["InvalidNamePattern", "InvalidNamespacePattern"], shell.Streams.Error.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
            Assert.Contains("'x['", shell.Streams.Error[0].Exception.Message);
            Assert.Empty(sae.Received);
        }
    }

    [Fact]
    public void AnOptedInPlainHttpEndpoint_Warns_AndOneNotOptedInIsRefused()
    {
        // Get-SaeContext makes no call, so a check that failed here could not send anything off this machine.
        var (shown, refused) = Run("Get-SaeContext -Endpoint http://sae.example.test -RegionId cn-hangzhou -Credential $SaeCredential");
        using (refused)
        {
            var context = (SaePowerShell.SaeContext)shown.Single().BaseObject;
            Assert.Null(context.Endpoint);
            Assert.Contains("plain http to a host that is not this machine", context.EndpointSource);
        }

        var (output, allowed) = Run("Get-SaeContext -Endpoint http://sae.example.test -RegionId cn-hangzhou -Credential $SaeCredential -AllowUnencryptedHttp");
        using (allowed)
        {
            Assert.Equal("http://sae.example.test/", ((SaePowerShell.SaeContext)output.Single().BaseObject).Endpoint!.ToString());
            Assert.Contains(allowed.Streams.Warning, w => w.Message.Contains("plain http", StringComparison.Ordinal));
        }
    }
}
