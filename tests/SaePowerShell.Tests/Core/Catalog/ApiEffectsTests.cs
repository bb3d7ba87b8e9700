using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Catalog;

/// <summary>Whether an API acts is data (ApiEffects), read alike by the catalog, the module's own APIs, confirmation and the client.</summary>
public sealed class ApiEffectsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    public static TheoryData<string> ActingGets => new() { "ExecJob", "SuspendJob", "ConfirmPipelineBatch" };

    /// <summary>
    /// A GET whose name does not say it reads is a question for a person: it fails here until it is decided in
    /// ApiEffects.DecidedGets, one way or the other.
    /// </summary>
    [Fact]
    public void EveryGetWhoseNameIsNotARead_IsDecided()
    {
        string[] undecided = Contract.ApiSurface.Apis.Values
            .Where(a => a.Method == "GET" && !ApiEffects.NameSaysRead(a.Action) && !ApiEffects.DecidedGets.ContainsKey(a.Action))
            .Select(a => a.Action).ToArray();

        Assert.Empty(undecided);
        Assert.All(ApiEffects.DecidedGets.Keys, action => Assert.Equal("GET", Contract.ApiSurface.Apis[action].Method));
    }

    [Theory]
    [MemberData(nameof(ActingGets))]
    public void AGetThatActs_ChangesState_InTheCatalog_AndAsTheClientSeesIt(string action)
    {
        ApiDefinition api = ApiCatalog.Find(action)!;

        Assert.Equal("GET", api.Method);
        Assert.True(api.Acts);
        Assert.True(api.ToSaeApi().ChangesState);
    }

    [Fact]
    public void TheModulesOwnConfirmPipelineBatch_Acts_AsTheCatalogSays() =>
        Assert.Equal(ApiCatalog.Find("ConfirmPipelineBatch")!.Acts, SaeApi.ConfirmPipelineBatch.ChangesState);

    [Theory]
    [InlineData("ListApplications", false)]
    [InlineData("DescribeChangeOrder", false)]
    [InlineData("BatchStartApplications", true)]
    [InlineData("DeleteApplication", true)]
    [InlineData("CreateConfigMap", true)]
    public void EveryOtherApi_ActsUnlessItIsAGet(string action, bool acts) => Assert.Equal(acts, ApiCatalog.Find(action)!.Acts);

    [Fact]
    public void ACallThatActs_NamesTheThingItActsOn_ByTheIdsGiven_AndTheReadThatShowsIt()
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find("CreateConfigMap")!, new Dictionary<string, object?> { ["NamespaceId"] = "cn-hangzhou:demo", ["Name"] = "web-config", ["Data"] = "{}" }, Location);

        Assert.Equal("the config map with Name web-config, NamespaceId cn-hangzhou:demo", request.TargetOrApplications.Description);
        Assert.DoesNotContain("application", request.TargetOrApplications.HowToCheck(request.Location), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Invoke-SaeApi ", request.TargetOrApplications.HowToCheck(request.Location));
        Assert.Contains("ConfigMap", request.TargetOrApplications.HowToCheck(request.Location));
    }

    [Fact]
    public void ACallOnAnApplication_NamesIt_AndSaysToLookAtItsChangeOrders()
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find("DeleteApplication")!, new Dictionary<string, object?> { ["AppId"] = "a-1" }, Location);

        Assert.Equal("the application with AppId a-1", request.TargetOrApplications.Description);
        Assert.Contains("Get-SaeChangeOrder -AppId a-1", request.TargetOrApplications.HowToCheck(request.Location));
    }

    [Fact]
    public void AnOutcomeUnknown_OfACallThatIsNotOnApplications_NeverSpeaksOfApplications()
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find("CreateNamespace")!, new Dictionary<string, object?> { ["NamespaceId"] = "cn-hangzhou:new", ["NamespaceName"] = "new" }, Location);

        SaeOutcomeUnknownException unknown = request.OutcomeUnknown("nonce-1", "no answer came within 1 s", SaeErrorCategory.OperationTimeout, DateTimeOffset.UnixEpoch, null);

        Assert.Contains("CreateNamespace for the namespace with NamespaceId cn-hangzhou:new, NamespaceName new", unknown.Message);
        Assert.Contains("nonce-1", unknown.Message);
        Assert.DoesNotContain("application", unknown.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("OutcomeUnknown", unknown.ErrorId);
    }
}
