using System.Collections.Specialized;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>Which calls Set-SaeApplication makes: the narrowest per change, nothing for what holds, one change order at most.</summary>
public sealed class ApplicationUpdatePlannerTests
{
    private static readonly SaeApplicationConfig Current = new()
    {
        AppId = "app-1",
        Fields = new OrderedDictionary
        {
            ["Replicas"] = 2, ["Cpu"] = 1000, ["Memory"] = 2048, ["SecurityGroupId"] = "sg-1", ["VSwitchId"] = "vsw-1", ["AppDescription"] = "web",
            ["Envs"] = "[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"1\"}]",
            ["Liveness"] = "{\"httpGet\":{\"port\":8080,\"path\":\"/healthz\"}}",
            ["ImageUrl"] = "img:1",
        },
        Cpu = 1000,
        Memory = 2048,
    };

    private static ApplicationSettings Given(int? replicas = null, int? cpu = null, int? memory = null, string? sg = null, string? vsw = null, string? description = null, Dictionary<string, object?>? deploy = null) =>
        new(replicas, cpu, memory, sg, vsw, description, deploy ?? new Dictionary<string, object?>());

    private static string[] Apis(ApplicationSettings wanted) => [.. ApplicationUpdatePlanner.Plan(Current, wanted).Select(c => c.Api.Action)];

    [Fact]
    public void EachChange_GoesThroughItsNarrowestApi()
    {
        Assert.Equal(["RescaleApplication"], Apis(Given(replicas: 3)));
        Assert.Equal(["RescaleApplicationVertically"], Apis(Given(cpu: 2000)));
        Assert.Equal(["UpdateAppSecurityGroup"], Apis(Given(sg: "sg-2")));
        Assert.Equal(["UpdateApplicationVswitches"], Apis(Given(vsw: "vsw-2")));
        Assert.Equal(["UpdateApplicationDescription"], Apis(Given(description: "the web tier")));
        Assert.Equal(["DeployApplication"], Apis(Given(deploy: new() { ["ImageUrl"] = "img:2" })));
    }

    [Fact]
    public void WhatAlreadyHolds_IsNotSent_WithJsonComparedAsStructures()
    {
        var same = Given(replicas: 2, cpu: 1000, memory: 2048, sg: "sg-1", vsw: "vsw-1", description: "web", deploy: new()
        {
            ["Envs"] = "[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]",
            ["Liveness"] = new Dictionary<string, object?> { ["httpGet"] = new Dictionary<string, object?> { ["path"] = "/healthz", ["port"] = "8080" } },
            ["ImageUrl"] = "img:1",
        });

        Assert.Empty(ApplicationUpdatePlanner.Plan(Current, same));
    }

    [Fact]
    public void VerticalRescale_SendsTheUnchangedHalfAsItIs()
    {
        PlannedCall call = Assert.Single(ApplicationUpdatePlanner.Plan(Current, Given(memory: 4096)));

        Assert.Equal((1000, 4096), ((int)call.Values["Cpu"]!, (int)call.Values["Memory"]!));
        Assert.Equal(["Memory"], call.Changes);
    }

    [Fact]
    public void TwoChangeOrders_BecomeOneDeploy_AndADeployCarriesEveryOtherChange()
    {
        PlannedCall both = Assert.Single(ApplicationUpdatePlanner.Plan(Current, Given(replicas: 3, cpu: 2000)));
        Assert.Equal(("DeployApplication", 3, 2000), (both.Api.Action, (int)both.Values["Replicas"]!, (int)both.Values["Cpu"]!));
        Assert.False(both.Values.ContainsKey("Memory"));

        IReadOnlyList<PlannedCall> plan = ApplicationUpdatePlanner.Plan(Current, Given(sg: "sg-2", description: "new", deploy: new() { ["ImageUrl"] = "img:2" }));
        Assert.Equal(["UpdateApplicationDescription", "DeployApplication"], plan.Select(c => c.Api.Action));
        Assert.Equal(["ImageUrl", "SecurityGroupId"], plan[1].Changes);
    }

    [Fact]
    public void AtMostOneCall_AnswersAChangeOrder_AndTheAtOnceUpdatesComeFirst()
    {
        IReadOnlyList<PlannedCall> plan = ApplicationUpdatePlanner.Plan(Current, Given(replicas: 3, sg: "sg-2", vsw: "vsw-2", description: "new"));

        Assert.Equal(["UpdateApplicationDescription", "UpdateAppSecurityGroup", "UpdateApplicationVswitches", "RescaleApplication"], plan.Select(c => c.Api.Action));
        Assert.Single(plan, c => c.ChangeOrderAction != null);
    }

    [Theory]
    [InlineData("sg-2", true)]
    [InlineData("sg-1", false)]
    public void AnAtOnceUpdate_IsShownByAReadBack_OnlyWithTheValueSent(string readBack, bool shown)
    {
        PlannedCall call = Assert.Single(ApplicationUpdatePlanner.Plan(Current, Given(sg: "sg-2")));
        var read = new SaeApplicationConfig { AppId = "app-1", Fields = new OrderedDictionary { ["SecurityGroupId"] = readBack } };

        Assert.Equal(shown, ApplicationUpdatePlanner.IsShownBy(call, read));
    }
}
