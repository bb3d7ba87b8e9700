using SaePowerShell.Emulator.Seed;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

public sealed class SeedLoaderTests
{
    [Fact]
    public void DefaultSeed_HasTheDocumentedNamespacesFaultsAndApplications()
    {
        SeedDocument seed = SeedLoader.LoadDefault();

        Assert.Equal(1500, seed.ChangeOrderDelayMs);
        Assert.Equal(
            ["cn-hangzhou", "cn-hangzhou:demo", "cn-hangzhou:staging", "cn-hangzhou:empty", "cn-hangzhou:billing", "cn-shanghai:prod", "cn-shanghai:upgrading", "cn-hangzhou:canary"],
            seed.Namespaces.Select(n => n.NamespaceId));
        Assert.Equal("user.indebt", seed.Namespaces.Single(n => n.NamespaceId == "cn-hangzhou:billing").Fault);
        Assert.Equal("System.Upgrading", seed.Namespaces.Single(n => n.NamespaceId == "cn-shanghai:upgrading").Fault);
        int[] appsPerNamespace = seed.Namespaces.Select(n => seed.Applications.Count(a => a.NamespaceId == n.NamespaceId)).ToArray();
        Assert.Equal([1, 3, 2, 0, 2, 3, 1, 2], appsPerNamespace);
        Assert.Equal("cn-hangzhou", seed.Namespaces.Single(n => n.NamespaceId == "cn-hangzhou:canary").RegionId);
        Assert.Equal(
            [("0d1e2f3a-0000-4000-8000-000000000802", "canary-broken")],
            seed.Applications.Where(a => a.ChangeOrderFault is not null).Select(a => (a.AppId, a.AppName)));
        Assert.Equal("Failed", seed.Applications.Single(a => a.AppName == "canary-broken").ChangeOrderFault);
        Assert.All(seed.Applications, a =>
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", a.AppId);
            Assert.Equal(("STOPPED", 0), (a.Status, a.RunningInstances));
            Assert.InRange(a.Instances!.Value, 1, 3);
        });
    }

    [Fact]
    public void Defaults_AreFilledIn()
    {
        SeedDocument seed = SeedLoader.Parse("""
            { "namespaces": [ { "namespaceId": "cn-beijing:x" }, { "namespaceId": "cn-beijing" } ],
              "applications": [ { "appId": "a", "appName": "a", "namespaceId": "cn-beijing:x" },
                                { "appId": "b", "appName": "b", "namespaceId": "cn-beijing", "status": "running", "instances": 4 } ] }
            """);

        Assert.Equal(["cn-beijing", "cn-beijing"], seed.Namespaces.Select(n => n.RegionId));
        Assert.Equal("cn-beijing:x", seed.Namespaces[0].NamespaceName);
        Assert.Null(seed.Namespaces[0].Fault);
        Assert.Null(seed.ChangeOrderDelayMs);
        SeedApplication a = seed.Applications[0];
        Assert.Equal(("STOPPED", 1, 0, 500, 1024, ""), (a.Status, a.Instances, a.RunningInstances, a.Cpu, a.Mem, a.Description));
        Assert.Equal(("RUNNING", 4), (seed.Applications[1].Status, seed.Applications[1].RunningInstances));
        Assert.Equal("registry.cn-hangzhou.aliyuncs.com/sae-demo/a:1.0", a.ImageUrl);
    }

    [Fact]
    public void AnApplicationsImageUrl_IsKept()
    {
        SeedDocument seed = SeedLoader.Parse("""
            { "namespaces": [ { "namespaceId": "n" } ],
              "applications": [ { "appId": "a", "appName": "a", "namespaceId": "n", "imageUrl": "registry.example.com/team/a:7" } ] }
            """);

        Assert.Equal("registry.example.com/team/a:7", seed.Applications[0].ImageUrl);
    }

    [Theory]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" }, { "namespaceId": "n" } ] }""", "'n' appears twice")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "" } ] }""", "namespaceId")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n" }, { "appId": "a", "appName": "y", "namespaceId": "n" } ] }""", "'a' appears twice")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "m" } ] }""", "namespace 'm'")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n" }, { "appId": "b", "appName": "x", "namespaceId": "n" } ] }""", "already has an application named 'x'")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a,b", "appName": "x", "namespaceId": "n" } ] }""", "appId")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "status": "PAUSED" } ] }""", "PAUSED")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "runningInstances": 1 } ] }""", "running instances")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n", "fault": "Throttling.User" } ] }""", "unknown fault")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "changeOrderFault": "Crashed" } ] }""", "unknown changeOrderFault 'Crashed'")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "imageUrl": "a b" } ] }""", "imageUrl 'a b'")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "instances": 1001 } ] }""", "0 to 1000")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" } ], "applications": [ { "appId": "a", "appName": "x", "namespaceId": "n", "instances": -1 } ] }""", "-1 instances")]
    [InlineData("""{ "namspaces": [] }""", "namspaces")]
    [InlineData("""{ "changeOrderDelayMs": -5 }""", "changeOrderDelayMs")]
    [InlineData("""null""", "empty")]
    [InlineData("""[]""", "not a valid seed")]
    public void InvalidSeeds_AreRefused_WithAMessageNamingTheProblem(string json, string messagePart)
    {
        SeedException e = Assert.Throws<SeedException>(() => SeedLoader.Parse(json));

        Assert.Contains(messagePart, e.Message);
    }
}
