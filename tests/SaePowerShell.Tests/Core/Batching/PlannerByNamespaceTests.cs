using SaePowerShell.Core.Batching;
using Xunit;

namespace SaePowerShell.Tests.Core.Batching;

public sealed class PlannerByNamespaceTests
{
    private static AppTarget T(string app, string ns, string? region = null) => new(app, ns, region, app + "@" + ns);

    [Fact]
    public void GroupsByNamespace_InOrderOfFirstAppearance()
    {
        BatchPlan plan = Planner.ByNamespace([T("a", "cn-x:1"), T("b", "cn-x:2"), T("c", "cn-x:1"), T("d", "cn-y:3"), T("e", "cn-x:2")]);

        Assert.Equal(["cn-x:1", "cn-x:2", "cn-y:3"], plan.Groups.Select(g => g.NamespaceId));
        Assert.Equal(["a", "c"], plan.Groups[0].AppIds);
        Assert.Equal(["b", "e"], plan.Groups[1].AppIds);
        Assert.Equal([0, 1, 2], plan.Groups.Select(g => g.Index));
        Assert.Empty(plan.Rejections);
    }

    [Fact]
    public void DropsDuplicates_KeepingTheFirstInput()
    {
        BatchPlan plan = Planner.ByNamespace([T("a", "n"), T("b", "n"), new AppTarget("a", "n", null, "second")]);

        Assert.Single(plan.Groups);
        Assert.Equal(["a", "b"], plan.Groups[0].AppIds);
        Assert.Equal("a@n", plan.Groups[0].Targets[0].Input);
        Assert.Equal(1, plan.DuplicatesDropped);
    }

    [Fact]
    public void RejectsEveryOccurrence_OfAnAppGivenWithTwoNamespaces()
    {
        BatchPlan plan = Planner.ByNamespace([T("a", "n1"), T("b", "n1"), T("a", "n2")]);

        Assert.Equal(["b"], plan.Groups.Single().AppIds);
        Assert.Equal(2, plan.Rejections.Count);
        Assert.All(plan.Rejections, r => Assert.Equal("ConflictingNamespace", r.ErrorId));
        Assert.All(plan.Rejections, r => Assert.Contains("'a'", r.Message));
    }

    [Fact]
    public void KeepsRegionsApart_ForTheSameNamespaceName()
    {
        BatchPlan plan = Planner.ByNamespace([T("a", "n", "cn-hangzhou"), T("b", "n", "cn-shanghai")]);

        Assert.Equal(2, plan.Groups.Count);
        Assert.Equal(["cn-hangzhou", "cn-shanghai"], plan.Groups.Select(g => g.RegionId));
    }

    [Fact]
    public void SplitsAGroup_OnlyWhenTheEncodedAppIdsWouldPassTheLimit()
    {
        // 36-character ids; each extra one adds "%2C" (3) + 36 = 39.
        var targets = Enumerable.Range(0, 100).Select(i => T($"{i:x8}-0000-4000-8000-000000000000", "n")).ToList();

        BatchPlan plan = Planner.ByNamespace(targets, maxEncodedAppIdsLength: 36 + (39 * 9));

        Assert.Equal(10, plan.Groups.Count);
        Assert.All(plan.Groups, g => Assert.Equal(10, g.AppIds.Count));
        Assert.Equal(targets.Select(t => t.AppId), plan.Groups.SelectMany(g => g.AppIds));
    }

    [Fact]
    public void DoesNotSplit_AGroupThatFits()
    {
        var targets = Enumerable.Range(0, 70).Select(i => T($"{i:x8}-0000-4000-8000-000000000000", "n")).ToList();

        Assert.Single(Planner.ByNamespace(targets).Groups);
    }

    [Fact]
    public void AnIdLongerThanTheLimit_StillGoesAlone_RatherThanBeingLost()
    {
        BatchPlan plan = Planner.ByNamespace([T("short", "n"), T(new string('x', 50), "n"), T("s2", "n")], maxEncodedAppIdsLength: 10);

        Assert.Equal(["short", new string('x', 50), "s2"], plan.Groups.SelectMany(g => g.AppIds));
    }

    [Fact]
    public void EveryTarget_IsInExactlyOneGroupOrRejection_OrIsADuplicate()
    {
        var random = new Random(7);
        var targets = Enumerable.Range(0, 2000).Select(_ => T("app" + random.Next(600), "ns" + random.Next(30))).ToList();

        BatchPlan plan = Planner.ByNamespace(targets, maxEncodedAppIdsLength: 200);

        int grouped = plan.Groups.Sum(g => g.AppIds.Count);
        Assert.Equal(targets.Count, grouped + plan.Rejections.Count + plan.DuplicatesDropped);
        Assert.All(plan.Groups, g => Assert.Equal(g.AppIds.Count, g.AppIds.Distinct().Count()));
    }
}
