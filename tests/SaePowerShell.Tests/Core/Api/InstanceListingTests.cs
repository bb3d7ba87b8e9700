using System.Web;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>An application's instances outside a cmdlet: every group, through the one pager.</summary>
public sealed class InstanceListingTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    private static string Instances(int total, params string[] ids) =>
        Json("{\"TotalSize\":" + total + ",\"Instances\":[" + string.Join(",", ids.Select(i => "{\"InstanceId\":\"" + i + "\"}")) + "]}");

    [Fact]
    public async Task ARefusedPageSize_StepsDown_AndTheInstancesAreStillFound()
    {
        var (client, handler) = ScriptedClient.Create(
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"}]""")),
            ScriptedHandler.Json(400, """{"RequestId":"r","Code":"InvalidParameter.PageSize","Message":"The PageSize is out of range."}"""),
            ScriptedHandler.Json(200, Instances(2, "i-1", "i-2")));

        (IReadOnlyList<SaeApplicationInstance> instances, bool complete) = await InstanceListing.ReadAsync(client, Location, "app-1", "cn-hangzhou:demo", 10, CancellationToken.None);

        Assert.True(complete);
        Assert.Equal(["i-1", "i-2"], instances.Select(i => i.InstanceId));
        Assert.Equal(["10000", "1000"], handler.Requests.Skip(1).Select(r => HttpUtility.ParseQueryString(r.RequestUri!.Query)["PageSize"]));
    }

    [Fact]
    public async Task AGroupWithMorePagesThanAllowed_IsReadToTheBound_AndSaysItIsNotComplete()
    {
        var (client, _) = ScriptedClient.Create(
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"},{"GroupId":"g-2"}]""")),
            ScriptedHandler.Json(200, Instances(3, "i-1")),
            ScriptedHandler.Json(200, Instances(1, "i-9")));

        (IReadOnlyList<SaeApplicationInstance> instances, bool complete) = await InstanceListing.ReadAsync(client, Location, "app-1", null, 1, CancellationToken.None);

        Assert.False(complete);
        Assert.Equal(["i-1", "i-9"], instances.Select(i => i.InstanceId));
    }
}
