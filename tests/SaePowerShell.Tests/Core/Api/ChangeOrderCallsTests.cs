using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

public sealed class ChangeOrderCallsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static ApiResponse Response(string data) => new(200, JObject.Parse("{\"RequestId\":\"r\",\"TraceId\":\"t\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}"), "n");

    [Fact]
    public void Describe_ReadsStatusBatchesAndMessage_AndKeepsWhatTheCallerKnew()
    {
        var known = new SaeChangeOrder { ChangeOrderId = "co-1", Action = "Start", NamespaceId = "cn-hangzhou:demo", AppIds = ["a", "b"] };
        string data = """
            {"ChangeOrderId":"co-1","Status":3,"SubStatus":1,"CoTypeCode":"CoBatchStartApplication","CoType":"Batch Start","AppId":"a",
             "CreateTime":"2026-03-01 16:00:00","ErrorMessage":"Batch 2 failed.","BatchCount":2,
             "Pipelines":[{"PipelineId":"p1","PipelineName":"Batch 1","Status":2,"StartTime":1772352000000,"UpdateTime":1772352001000,"ParallelCount":1},
                          {"PipelineId":"p2","PipelineName":"Batch 2","Status":3,"StartTime":"1772352001000","UpdateTime":0}]}
            """;

        SaeChangeOrder order = DescribeChangeOrderCall.Parse(Response(data), known, Location);

        Assert.Same(known, order);
        Assert.Equal(SaeChangeOrderStatus.Failed, order.Status);
        Assert.Equal("Start", order.Action);
        Assert.Equal(["a", "b"], order.AppIds);
        Assert.Equal("cn-hangzhou:demo", order.NamespaceId);
        Assert.Equal("cn-hangzhou", order.RegionId);
        Assert.Equal("Batch 2 failed.", order.ErrorMessage);
        Assert.Equal(2, order.BatchCount);
        Assert.Equal(1, order.SubStatus);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.FromHours(8)), order.CreateTime);
        Assert.Equal(["Batch 1", "Batch 2"], order.Batches.Select(b => b.Name));
        Assert.Equal([SaeChangeOrderStatus.Succeeded, SaeChangeOrderStatus.Failed], order.Batches.Select(b => b.Status));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1772352000000), order.Batches[0].StartTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1772352001000), order.Batches[1].StartTime);
        Assert.Null(order.Batches[1].UpdateTime);
        Assert.True(order.IsFinished);
    }

    [Fact]
    public void Describe_AcceptsPipelinesAsOneObject_AsOldSamplesShow()
    {
        SaeChangeOrder order = DescribeChangeOrderCall.Parse(Response("""{"ChangeOrderId":"co","Status":1,"Pipelines":{"PipelineId":"p","Status":1}}"""), null, Location);

        Assert.Single(order.Batches);
        Assert.Equal(SaeChangeOrderStatus.Executing, order.Status);
    }

    [Fact]
    public void UnknownStatusCodes_AreKept_NotRejected()
    {
        SaeChangeOrder order = DescribeChangeOrderCall.Parse(Response("""{"ChangeOrderId":"co","Status":7}"""), null, Location);

        Assert.Equal(7, (int)order.Status!.Value);
        Assert.Equal("7", order.Status.Value.ToString());
        Assert.False(order.IsFinished);
    }

    [Fact]
    public void Action_ComesFromTheTypeCode_WhenNotKnown()
    {
        Assert.Equal("Stop", DescribeChangeOrderCall.Parse(Response("""{"ChangeOrderId":"c","CoTypeCode":"CoBatchStopApplication"}"""), null, Location).Action);
        Assert.Equal("BindSlb", DescribeChangeOrderCall.Parse(Response("""{"ChangeOrderId":"c","CoTypeCode":"CoBindSlb"}"""), null, Location).Action);
    }

    [Fact]
    public void List_ReadsEveryOrder_AndTheTotal()
    {
        string data = """{"CurrentPage":1,"PageSize":2,"TotalSize":5,"ChangeOrderList":[{"ChangeOrderId":"c2","Status":2,"CoTypeCode":"CoBatchStartApplication","FinishTime":""},{"ChangeOrderId":"c1","Status":"3"}]}""";

        Page<SaeChangeOrder> page = ListChangeOrdersCall.Parse(Response(data), "app-1", "cn-hangzhou:demo", Location);

        Assert.Equal(5, page.TotalSize);
        Assert.Equal(["c2", "c1"], page.Items.Select(o => o.ChangeOrderId));
        Assert.Equal([SaeChangeOrderStatus.Succeeded, SaeChangeOrderStatus.Failed], page.Items.Select(o => o.Status!.Value));
        Assert.All(page.Items, o => Assert.Equal("app-1", o.AppId));
        Assert.Null(page.Items[0].FinishTime);
    }

    [Fact]
    public void Namespaces_AreRead_WithTheirRegion()
    {
        var response = Response("""[{"NamespaceId":"cn-hangzhou","NamespaceName":"Default","Custom":false},{"NamespaceId":"cn-hangzhou:demo","RegionId":"cn-hangzhou","NameSpaceShortId":"demo","Custom":true,"VpcId":"vpc-1"},{"NamespaceName":"no id"}]""");

        var namespaces = DescribeNamespaceListCall.Parse(response, Location);

        Assert.Equal(["cn-hangzhou", "cn-hangzhou:demo"], namespaces.Select(n => n.NamespaceId));
        Assert.Equal(["cn-hangzhou", "cn-hangzhou"], namespaces.Select(n => n.RegionId));
        Assert.False(namespaces[0].Custom);
        Assert.Equal("demo", namespaces[1].NamespaceShortId);
    }

    [Theory]
    [InlineData("CoBatchStartApplication", "Start")]
    [InlineData("CoBatchStopApplication", "Stop")]
    [InlineData("CoRestartApplication", "Restart")]
    [InlineData("CoRestartInstances", "Restart")]
    [InlineData("CoDeleteInstances", "Delete")]
    [InlineData("CoStart", "Start")]
    [InlineData("CoDeploy", "Deploy")]
    [InlineData("CoRescaleApplicationVertically", "Scale")]
    [InlineData("CoBindSlb", "BindSlb")]
    public void TheActionOfATypeCode_IsReadWhole_SoARestartIsNotAStart(string code, string action) =>
        Assert.Equal(action, ChangeOrderReader.ActionOf(code));

    [Fact]
    public void AnOrderStillExecutingWithSubStatusOne_IsAbnormal_AndEndsAWait()
    {
        SaeChangeOrder order = DescribeChangeOrderCall.Parse(Response("""{"ChangeOrderId":"co-2","Status":1,"SubStatus":1,"ErrorMessage":"Batch 1 failed."}"""), null, Location);

        Assert.True(order.IsAbnormal);
        Assert.False(order.IsFinished);
        Assert.True(SaePowerShell.Core.Waiting.ChangeOrderOutcome.IsOver(order));
        Assert.Equal("ChangeOrderAbnormal", SaePowerShell.Core.Waiting.ChangeOrderOutcome.FailureOf(order)!.ErrorId);
    }
}
