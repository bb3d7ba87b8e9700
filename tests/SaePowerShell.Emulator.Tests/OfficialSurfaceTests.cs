using SaePowerShell.Surface;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The gateway knows every official API (data/sae-api-surface.json) and checks requests as the file says.</summary>
public sealed class OfficialSurfaceTests
{
    private static readonly string[] Emulated =
    [
        "ListApplications", "BatchStartApplications", "BatchStopApplications", "BatchRestartApplications", "DescribeChangeOrder",
        "ListChangeOrders", "DescribeApplicationStatus", "DescribeNamespaceList", "ListNamespaceChangeOrders", "DescribeRegions",
        "TagResources", "DeleteApplication", "CreateApplication", "UpdateApplicationDescription", "UpdateAppSecurityGroup", "UpdateApplicationVswitches", "UntagResources", "ListTagResources", "DescribeApplicationScalingRules", "DescribeApplicationScalingRule", "CreateApplicationScalingRule", "UpdateApplicationScalingRule", "DeleteApplicationScalingRule", "EnableApplicationScalingRule", "DisableApplicationScalingRule", "CreateConfigMap", "DescribeConfigMap", "ListNamespacedConfigMaps", "UpdateConfigMap", "DeleteConfigMap", "DescribeWebApplication", "StartWebApplication",
        "DeployApplication", "RescaleApplication", "RescaleApplicationVertically", "ListAppVersions", "RollbackApplication",
        "DescribeApplicationConfig", "DescribeApplicationGroups", "DescribeApplicationInstances", "RestartInstances", "DeleteInstances",
        "ConfirmPipelineBatch", "DescribePipeline", "AbortChangeOrder", "AbortAndRollbackChangeOrder", "ListAppEvents", "DescribeInstanceLog",
        "ListSecrets", "DescribeSecret", "CreateSecret", "UpdateSecret", "DeleteSecret",
        "CreateNamespace", "DescribeNamespace", "UpdateNamespace", "DeleteNamespace",
        "DescribeApplicationSlbs", "BindSlb", "UnbindSlb", "DescribeApplicationNlbs", "BindNlb", "UnbindNlb",
        "ListIngresses", "DescribeIngress", "CreateIngress", "UpdateIngress", "DeleteIngress",
        "StartApplication", "StopApplication", "RestartApplication", "GetApplication", "DescribeNamespaces", "DescribeNamespaceResources", "DescribeVSwitches",
        "StopWebApplication", "ListWebApplications", "DescribeInstanceSpecifications",
        "ReduceApplicationCapacityByInstanceIds", "DescribeApplicationImage", "UpdateNamespaceVpc",
        "CreateJob", "UpdateJob", "DescribeJob", "ListJobs", "ExecJob", "DescribeJobStatus", "DescribeJobHistory", "SuspendJob", "DeleteHistoryJob", "DeleteJob",
    ];

    [Fact]
    public void SurfaceFile_IsEmbedded_WithAllOfItsApis()
    {
        Assert.Equal(152, SurfaceFile.Apis.Count());
    }

    /// <summary>
    /// Every official API, with its required parameters where the SDK puts them, signed: none is InvalidApi.NotFound;
    /// each is either emulated (any SAE answer) or Emulator.NotEmulated naming it.
    /// </summary>
    [Fact]
    public async Task EveryOfficialApi_IsKnown_AndTheOnesNotEmulatedSaySo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        int answeredInShape = 0;
        foreach (SurfaceOperation api in SurfaceFile.Apis)
        {
            string name = api.Name;
            SaeRequest request = MinimalRequest(api);

            SaeReply reply = await host.SendAsync(request);

            Assert.True(reply.ErrorCode != "InvalidApi.NotFound", $"{name}: {reply.Body}");
            Assert.True(reply.ErrorCode is not ("IncompleteSignature" or "SignatureDoesNotMatch" or "InvalidParameter.NotEmpty" or "InvalidParameter.Obviously"), $"{name}: {reply.Body}");
            if (Emulated.Contains(name))
            {
                Assert.NotEqual("Emulator.NotEmulated", reply.ErrorCode);
                if (reply.Status == HttpStatusCode.OK)
                {
                    // The answer's shape is the surface's: every field declared, with its declared JSON type, at every depth.
                    SurfaceFile.AssertConforms(name, reply.Body);
                    answeredInShape++;
                }
            }
            else
            {
                Assert.Equal((HttpStatusCode.NotImplemented, "Emulator.NotEmulated"), (reply.Status, reply.ErrorCode));
                Assert.Equal(
                    $"The SAE emulator does not emulate {name}; it is a real SAE API ({api.Method} {api.Path})",
                    reply.Message.TrimEnd('.'));
            }
        }

        // Those that need no id of something that exists answer with data (DescribeRegions, the namespace list, ...).
        Assert.True(answeredInShape > 0, "no emulated API answered a minimal request");
    }

    /// <summary>
    /// Every emulated API's answer is held to the official shape by some test (SurfaceFile.AssertConforms naming it),
    /// so an emulated answer can never drift from the surface unseen.
    /// </summary>
    [Fact]
    public void EveryEmulatedApi_HasItsAnswerShapeChecked_BySomeTest()
    {
        string folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "SaePowerShell.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
        }

        string tests = string.Concat(Directory.GetFiles(Path.Combine(folder, "tests", "SaePowerShell.Emulator.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).Select(File.ReadAllText));
        string[] unshaped = Emulated.Where(name => !tests.Contains("AssertConforms(\"" + name + "\"", StringComparison.Ordinal)).ToArray();

        Assert.True(unshaped.Length == 0, "No test checks the answer shape of: " + string.Join(", ", unshaped));
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task NotEmulatedApi_IsAnsweredNotEmulated_AfterTheChecks(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply lanes = await host.SendAsync(SaeRequest.Api("ListAllSwimmingLaneGroups", "GET", "/pop/v1/cas/gray/listSwimmingLaneGroups", ("NamespaceId", "cn-hangzhou:demo")).WithScheme(scheme));
        Assert.Equal((HttpStatusCode.NotImplemented, "Emulator.NotEmulated"), (lanes.Status, lanes.ErrorCode));
        Assert.Equal("The SAE emulator does not emulate ListAllSwimmingLaneGroups; it is a real SAE API (GET /pop/v1/cas/gray/listSwimmingLaneGroups).", lanes.Message);

        // The parameter checks come first: DescribeGreyTagRoute needs its GreyTagRouteId, and a long at that.
        SaeReply missing = await host.SendAsync(SaeRequest.Api("DescribeGreyTagRoute", "GET", "/pop/v1/sam/tagroute/greyTagRoute").WithScheme(scheme));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter GreyTagRouteId."), (missing.Status, missing.ErrorCode, missing.Message));
        SaeReply notLong = await host.SendAsync(SaeRequest.Api("DescribeGreyTagRoute", "GET", "/pop/v1/sam/tagroute/greyTagRoute", ("GreyTagRouteId", "12x")).WithScheme(scheme));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously"), (notLong.Status, notLong.ErrorCode));
        Assert.Contains("GreyTagRouteId", notLong.Message);
        SaeReply route = await host.SendAsync(SaeRequest.Api("DescribeGreyTagRoute", "GET", "/pop/v1/sam/tagroute/greyTagRoute", ("GreyTagRouteId", "12")).WithScheme(scheme));
        Assert.Equal("Emulator.NotEmulated", route.ErrorCode);

        // And the signature before both.
        SaeRequest forged = SaeRequest.Api("ListAllSwimmingLaneGroups", "GET", "/pop/v1/cas/gray/listSwimmingLaneGroups").WithScheme(scheme);
        forged.AccessKeySecret = "not-the-secret";
        Assert.Equal("SignatureDoesNotMatch", (await host.SendAsync(forged)).ErrorCode);
    }

    [Theory]
    [InlineData("GET", "/pop/v1/sam/app/madeUpApi")]
    [InlineData("GET", "/pop/v2/api/web/applications/x/madeUp")]
    [InlineData("DELETE", "/pop/v1/paas/regionConfig")]
    public async Task MadeUpPathOrMethod_IsStillInvalidApiNotFound(string method, string path)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.Custom(method, path));

        Assert.Equal((HttpStatusCode.NotFound, "InvalidApi.NotFound"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task WrongMethod_OnAnOfficialPath_SaysWhichMethodsItTakes()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.Custom("PATCH", "/pop/v1/sam/configmap/configMap"));

        Assert.Equal("InvalidApi.NotFound", reply.ErrorCode);
        Assert.Contains("that path takes", reply.Message);
        Assert.Contains("POST", reply.Message);
        Assert.Contains("DELETE", reply.Message);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task DeclaredTypes_AreChecked_ForQueryParameters(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply page = await host.SendAsync(SaeRequest.ListApplications(("PageSize", "ten")).WithScheme(scheme));
        SaeReply reverse = await host.SendAsync(SaeRequest.ListApplications(("Reverse", "yes")).WithScheme(scheme));
        SaeReply configMap = await host.SendAsync(SaeRequest.Api("DescribeConfigMap", "GET", "/pop/v1/sam/configmap/configMap", ("ConfigMapId", "99999999999999999999")).WithScheme(scheme));

        Assert.Equal(("InvalidParameter.Obviously", "The specified parameter is invalid {PageSize}."), (page.ErrorCode, page.Message));
        Assert.Equal(("InvalidParameter.Obviously", "The specified parameter is invalid {Reverse}."), (reverse.ErrorCode, reverse.Message));
        Assert.Equal(("InvalidParameter.Obviously", "The specified parameter is invalid {ConfigMapId}."), (configMap.ErrorCode, configMap.Message));
    }

    /// <summary>A request with every required parameter of the API set to a value of its type, where the SDK puts it.</summary>
    private static SaeRequest MinimalRequest(SurfaceOperation api)
    {
        SaeRequest request = SaeRequest.Api(api.Name, api.Method, api.Path);
        bool form = api.ReqBodyType == "formData";
        var body = new List<(string Key, string Value)>();
        bool wholeBody = false;
        foreach (SurfaceRequestParameter p in api.Parameters)
        {
            if (!p.Required)
            {
                continue;
            }

            string name = p.Name;
            string value = p.Type switch
            {
                "integer" or "long" => "1",
                "boolean" => "true",
                _ => "x",
            };
            switch (p.In)
            {
                case "query":
                    request.With((name, value));
                    break;
                case "path":
                    request.WithPath(name, value);
                    break;
                default:
                    if (p.WholeBody)
                    {
                        wholeBody = true;
                    }
                    else
                    {
                        body.Add((name, value));
                    }

                    break;
            }
        }

        if (wholeBody)
        {
            request.WithJsonBody("{}");
        }
        else if (body.Count > 0)
        {
            if (form)
            {
                request.WithFormBody([.. body]);
            }
            else
            {
                request.WithJsonBody(body.ToDictionary(b => b.Key, b => b.Value));
            }
        }

        return request;
    }
}
