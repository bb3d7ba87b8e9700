using SaePowerShell.Core.Batching;
using Xunit;

namespace SaePowerShell.Tests.Core.Batching;

public sealed class PlannerByApplicationTests
{
    private static AppTarget T(string app, string ns, object? input = null) => new(app, ns, null, input ?? app + "@" + ns);

    [Fact]
    public void InputsNamingOneApplication_ShareItsOneCall_InOrderOfFirstAppearance()
    {
        var planner = Planner.ByApplication(mergesItems: false);

        Assert.Null(planner.Add(T("a", "n"), "a in n", "v1"));
        Assert.Null(planner.Add(T("b", "n"), "b in n", "v2"));
        Assert.Null(planner.Add(T("a", "n", "again"), "a in n", "v1"));

        Assert.Equal(["a", "b"], planner.Applications.Select(p => p.Target.AppId));
        Assert.Equal(["v1"], planner.Applications[0].Items);
        Assert.Equal(["a@n", "again"], planner.Applications[0].Inputs);
        Assert.Equal(["v1", "v1"], planner.Applications[0].InputItems);
    }

    [Fact]
    public void MergingItems_AddsEachItemOnce_ToTheOneCall()
    {
        var planner = Planner.ByApplication(mergesItems: true);

        planner.Add(T("a", "n"), "a", "i-1");
        planner.Add(T("a", "n"), "a", "i-2");
        planner.Add(T("a", "n"), "a", "i-1");

        Assert.Equal(["i-1", "i-2"], Assert.Single(planner.Applications).Items);
        Assert.Equal(3, planner.Applications[0].Inputs.Count);
    }

    [Fact]
    public void AnApplicationInASecondNamespace_IsRejected_AndChangesNothing()
    {
        var planner = Planner.ByApplication(mergesItems: true);
        planner.Add(T("a", "cn-x:1"), "a", "i-1");

        Rejection? rejection = planner.Add(T("a", "cn-x:2"), "a", "i-2");

        Assert.Equal("NamespaceConflict", rejection?.ErrorId);
        Assert.Contains("'cn-x:1' and in 'cn-x:2'", rejection!.Message);
        Assert.Equal(["i-1"], Assert.Single(planner.Applications).Items);
        Assert.Single(planner.Applications[0].Inputs);
    }

    [Fact]
    public void TwoItemsThatOneCallCannotDo_AreRejected_NamingBoth()
    {
        var planner = Planner.ByApplication(mergesItems: false);
        planner.Add(T("a", "n"), "a", "v1");

        Rejection? rejection = planner.Add(T("a", "n"), "a", "v2");

        Assert.Equal("ConflictingInput", rejection?.ErrorId);
        Assert.Contains("'v1' and with 'v2'", rejection!.Message);
        Assert.Equal(["v1"], Assert.Single(planner.Applications).Items);
    }
}
