using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>The operator's day on the wire: what deploys and rollbacks send, and how the answers of the read APIs are read.</summary>
public sealed class OperatorCallsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly AppTarget App = new("app-1", "cn-hangzhou:demo", null, null);

    /// <summary>Parsed as the client parses answers: ISO times stay text.</summary>
    private static ApiResponse Response(string data) =>
        new(200, (JObject)SaePowerShell.Core.Json.JsonRead.Parse("{\"RequestId\":\"r\",\"TraceId\":\"t\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}"), "n");

    private static string? Query(ApiRequest request, string name) => request.Query.Where(p => p.Key == name).Select(p => p.Value).SingleOrDefault();

    [Fact]
    public void AReleaseInBatches_IsSaesUpdateStrategy_WithTheWaitInSeconds_AndTheReadyInstances()
    {
        ApiRequest request = new ReleaseStrategy(2, true, null, 1, 50).AddTo(new ApiRequest(SaeApi.RollbackApplication, Location));
        Assert.Equal("""{"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"}}""", Query(request, "UpdateStrategy"));
        Assert.Equal(("1", "50"), (Query(request, "MinReadyInstances"), Query(request, "MinReadyInstanceRatio")));
        Assert.Null(Query(request, "BatchWaitTime"));

        ApiRequest auto = new ReleaseStrategy(3, false, 30, null, null).AddTo(new ApiRequest(SaeApi.RollbackApplication, Location));
        Assert.Equal("""{"type":"BatchUpdate","batchUpdate":{"batch":3,"releaseType":"auto"}}""", Query(auto, "UpdateStrategy"));
        Assert.Equal("30", Query(auto, "BatchWaitTime"));
        Assert.Null(Query(auto, "MinReadyInstances"));

        Assert.Empty(ReleaseStrategy.Default.AddTo(new ApiRequest(SaeApi.RollbackApplication, Location)).Query);
    }

    [Fact]
    public void ADeploy_PutsEveryParameterWhereTheSdkDoes_AndSaysWhichApplicationItIsAbout()
    {
        var extra = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["replicas"] = "3", ["AssociateEip"] = true, ["Envs"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "A", ["value"] = "1" } } };
        ApiRequest request = DeployApplicationCall.Request(Location, App, new DeploySpec(null, "https://example.com/a.jar", "1.4", "FatJar", "Release 1.4", ReleaseStrategy.Default, extra));

        Assert.Same(SaeApi.DeployApplication, request.Api);
        Assert.Equal(("app-1", "https://example.com/a.jar", "1.4", "FatJar", "Release 1.4"),
            (Query(request, "AppId"), Query(request, "PackageUrl"), Query(request, "PackageVersion"), Query(request, "PackageType"), Query(request, "ChangeOrderDesc")));
        Assert.Equal("3", Query(request, "Replicas"));
        Assert.Equal("""[{"name":"A","value":"1"}]""", Query(request, "Envs"));
        Assert.Equal(true, request.Body.Single(p => p.Key == "AssociateEip").Value);
        Assert.Null(Query(request, "ImageUrl"));
        Assert.Equal("cn-hangzhou:demo", request.NamespaceId);
        Assert.Equal(["app-1"], request.AppIds);
    }

    [Theory]
    [InlineData("ImageURL", "ImageURL")]
    [InlineData("updatestrategy", "updatestrategy")]
    [InlineData("AppId", "AppId")]
    public void DeployParameters_ThatTheCmdletSetsItself_AreNamed(string key, string expected)
    {
        Assert.Equal(expected, DeployApplicationCall.Conflict(new Dictionary<string, object?> { [key] = "x", ["Jdk"] = "17" }));
        Assert.Null(DeployApplicationCall.Conflict(new Dictionary<string, object?> { ["Jdk"] = "17" }));
    }

    [Fact]
    public void DeployParameters_AreCheckedAgainstTheCatalog_BeforeAnyCall()
    {
        SaeConfigurationException unknown = Assert.Throws<SaeConfigurationException>(() => DeployApplicationCall.Check(new Dictionary<string, object?> { ["Replica"] = 3 }));
        Assert.Equal("UnknownParameter", unknown.ErrorId);
        Assert.Contains("Replicas", unknown.Message);

        SaeConfigurationException mistyped = Assert.Throws<SaeConfigurationException>(() => DeployApplicationCall.Check(new Dictionary<string, object?> { ["Replicas"] = "three" }));
        Assert.Equal("InvalidParameterValue", mistyped.ErrorId);
        Assert.Contains("'three'", mistyped.Message);
    }

    [Fact]
    public void Versions_AreRead_WithTheirTimeFromEpochMilliseconds()
    {
        IReadOnlyList<SaeApplicationVersion> versions = ListAppVersionsCall.Parse(Response("""
            [{"Id":"v-2","Type":"url","CreateTime":"1590124643553","BuildPackageUrl":"https://example.com/a.war","WarUrl":"https://example.com/a.war"},
             {"Id":"v-1","Type":"image","CreateTime":"1590000000000"},{"Type":"image"}]
            """), "app-1", "web", "cn-hangzhou:demo", Location);

        Assert.Equal(["v-2", "v-1"], versions.Select(v => v.VersionId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1590124643553), versions[0].CreateTime);
        Assert.Equal(("app-1", "web", "cn-hangzhou:demo", "cn-hangzhou", "url"), (versions[0].AppId, versions[0].AppName, versions[0].NamespaceId, versions[0].RegionId, versions[0].Type));
        Assert.Null(versions[1].WarUrl);
    }

    [Fact]
    public void AVersion_SaysWhatItRan_AnImageFromWarUrl_APackageFromBuildPackageUrl_OrAWarUrlThatIsADownloadLink()
    {
        IReadOnlyList<SaeApplicationVersion> versions = ListAppVersionsCall.Parse(Response("""
            [{"Id":"v-3","Type":"image","CreateTime":"1590124643553","WarUrl":"registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0"},
             {"Id":"v-2","Type":"url","CreateTime":"1590124643553","BuildPackageUrl":"https://example.com/a.war","WarUrl":"registry-vpc.cn-hangzhou.aliyuncs.com/x/1_shared_repo:v2"},
             {"Id":"v-1","Type":"upload","CreateTime":"1590000000000","WarUrl":"https://example.com/b.jar"}]
            """), "app-1", "web", "cn-hangzhou:demo", Location);

        Assert.Equal(("registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0", null), (versions[0].ImageUrl, versions[0].PackageUrl));
        Assert.Equal(("registry-vpc.cn-hangzhou.aliyuncs.com/x/1_shared_repo:v2", "https://example.com/a.war"), (versions[1].ImageUrl, versions[1].PackageUrl));
        Assert.Equal((null, "https://example.com/b.jar"), (versions[2].ImageUrl, versions[2].PackageUrl));
        Assert.Equal("https://example.com/b.jar", versions[2].WarUrl);
    }

    [Fact]
    public void Instances_AreRead_WithTheirGroupStatusAndRestarts()
    {
        Page<SaeApplicationInstance> page = DescribeApplicationInstancesCall.Parse(Response("""
            {"CurrentPage":1,"PageSize":10,"TotalSize":3,"Instances":[
              {"InstanceId":"web-1","GroupId":"g-1","InstanceContainerStatus":"Running","InstanceHealthStatus":"WithoutHealthCheckConfig","InstanceContainerIp":"192.168.0.4",
               "InstanceContainerRestarts":2,"CreateTimeStamp":1558442609000,"ImageUrl":"registry/web:2.0","PackageVersion":"","MainContainerStatus":"Running"},
              {"InstanceId":"web-2","InstanceContainerStatus":"CrashLoopBackOff"}]}
            """), "app-1", "web", "cn-hangzhou:demo", "g-1", Location);

        Assert.Equal(3, page.TotalSize);
        SaeApplicationInstance first = page.Items[0];
        Assert.Equal(("web-1", "g-1", "Running", "192.168.0.4", 2L), (first.InstanceId, first.GroupId, first.Status, first.ContainerIp, first.Restarts));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1558442609000), first.CreateTime);
        Assert.Null(first.PackageVersion);
        Assert.Equal(("g-1", "CrashLoopBackOff", null), (page.Items[1].GroupId, page.Items[1].Status, page.Items[1].Restarts));
    }

    [Fact]
    public void Groups_AreTheirIds_Once()
    {
        Assert.Equal(["g-1", "g-2"], DescribeApplicationGroupsCall.Parse(Response("""[{"GroupId":"g-1","GroupName":"default"},{"GroupId":"g-2"},{"GroupId":"g-1"},{"GroupName":"none"}]""")));
    }

    [Fact]
    public void Events_AreRead_WithTheirIsoTimes()
    {
        Page<SaeApplicationEvent> page = ListAppEventsCall.Parse(Response("""
            {"CurrentPage":1,"PageSize":10,"TotalSize":1,"AppEventEntity":[{"EventType":"Warning","ObjectKind":"Pod","ObjectName":"web-1","Reason":"BackOff",
             "Message":"Back-off restarting failed container","FirstTimestamp":"2020-02-19T05:01:28Z","LastTimestamp":"2020-02-19T05:03:00Z","CauseAnalysis":""}]}
            """), "cn-hangzhou:demo", "app-1", Location);

        SaeApplicationEvent e = page.Items.Single();
        Assert.Equal(("Warning", "Pod", "web-1", "BackOff", "app-1", "cn-hangzhou:demo"), (e.EventType, e.ObjectKind, e.ObjectName, e.Reason, e.AppId, e.NamespaceId));
        Assert.Equal(new DateTimeOffset(2020, 2, 19, 5, 1, 28, TimeSpan.Zero), e.FirstTimestamp);
        Assert.Equal(new DateTimeOffset(2020, 2, 19, 5, 3, 0, TimeSpan.Zero), e.LastTimestamp);
        Assert.Null(e.CauseAnalysis);
        Assert.NotEqual(ListAppEventsCall.KeyOf(e), ListAppEventsCall.KeyOf(e with { LastTimestamp = e.FirstTimestamp }));
    }

    [Fact]
    public void Regions_AreReadFromTheTopLevel_WhereDescribeRegionsAnswers()
    {
        var response = new ApiResponse(200, JObject.Parse("""
            {"RequestId":"r","Code":200,"Regions":{"Region":[{"RegionId":"cn-hangzhou","LocalName":"华东1（杭州）","RegionEndpoint":"sae.cn-hangzhou.aliyuncs.com",
             "RecommendZones":{"RecommendZone":["cn-hangzhou-h","cn-hangzhou-i"]}},{"RegionId":"cn-shanghai"}]}}
            """), "n");

        IReadOnlyList<SaeRegion> regions = DescribeRegionsCall.Parse(response);

        Assert.Equal(["cn-hangzhou", "cn-shanghai"], regions.Select(r => r.RegionId));
        Assert.Equal(["cn-hangzhou-h", "cn-hangzhou-i"], regions[0].RecommendZones);
        Assert.Empty(regions[1].RecommendZones);
    }

    [Fact]
    public void ALog_IsDataAsText()
    {
        Assert.Equal("hello\nsae\n", DescribeInstanceLogCall.Parse(Response("\"hello\\nsae\\n\"")));
        Assert.Equal(string.Empty, DescribeInstanceLogCall.Parse(Response("\"\"")));
    }

    [Fact]
    public void AConfig_IsTyped_WithItsEnvironmentByName_AndWithoutTheOssSecret()
    {
        SaeApplicationConfig config = DescribeApplicationConfigCall.Parse(Response("""
            {"AppId":"app-1","AppName":"web","Replicas":2,"Cpu":1000,"Memory":2048,"PackageType":"Image","ImageUrl":"registry/web:2.0","PackageUrl":"",
             "Envs":"[{\"name\":\"LOG_LEVEL\",\"value\":\"info\"},{\"name\":\"FROM_MAP\",\"valueFrom\":{\"configMapRef\":{\"configMapId\":1}}}]",
             "OssAkId":"LTAIexample","OssAkSecret":"do-not-show","Tags":[{"Key":"env","Value":"prod"}],"Labels":{"team":"a"}}
            """), "app-1", "cn-hangzhou:demo", "v-1", Location);

        Assert.Equal(("web", 2, 1000, 2048, "registry/web:2.0", "v-1"), (config.AppName, config.Replicas, config.Cpu, config.Memory, config.ImageUrl, config.VersionId));
        Assert.Null(config.PackageUrl);
        Assert.Equal(new Dictionary<string, string> { ["LOG_LEVEL"] = "info" }, config.Environment);
        Assert.False(config.Fields.Contains("OssAkSecret"));
        Assert.Equal("LTAIexample", config.Fields["ossakid"]);
        Assert.Equal("prod", ((System.Collections.IDictionary)((object?[])config.Fields["Tags"]!)[0]!)["Value"]);
        Assert.DoesNotContain("do-not-show", config.ToString());
    }
}
