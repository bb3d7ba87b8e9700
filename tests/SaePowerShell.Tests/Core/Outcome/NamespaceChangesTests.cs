using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of the namespace changes: what a look-up by id or a read-back proves about a lost answer.</summary>
public sealed class NamespaceChangesTests
{
    private static SaeNamespace Namespace(string name, string? description = null, bool? registry = true) => new()
    {
        NamespaceId = "cn-hangzhou:qa",
        RegionId = "cn-hangzhou",
        NamespaceName = name,
        Description = description,
        EnableMicroRegistration = registry,
    };

    [Fact]
    public void ACreate_DidNotArrive_WhenTheIdIsNotThere()
    {
        OutcomeVerdict<SaeNamespace> verdict = NamespaceChanges.JudgeCreated(null, new NamespaceSettings("cn-hangzhou:qa", "QA", null, null));

        Assert.Equal(OutcomeKind.DidNotTakeEffect, verdict.Kind);
        Assert.Contains("no namespace cn-hangzhou:qa", verdict.Reason);
    }

    [Fact]
    public void ACreate_TookEffect_WhenTheIdIsThereAsAsked()
    {
        SaeNamespace found = Namespace("QA", "sprints");

        OutcomeVerdict<SaeNamespace> verdict = NamespaceChanges.JudgeCreated(found, new NamespaceSettings("cn-hangzhou:qa", "QA", "sprints", true));

        Assert.Equal(OutcomeKind.TookEffect, verdict.Kind);
        Assert.Same(found, verdict.Result);
    }

    [Theory]
    [InlineData("Someone else's", null, null)]
    [InlineData("QA", "another description", null)]
    [InlineData("QA", null, false)]
    public void ACreate_IsUnknown_WhenTheIdIsThereOtherwiseThanAsked(string name, string? description, bool? registry)
    {
        OutcomeVerdict<SaeNamespace> verdict = NamespaceChanges.JudgeCreated(Namespace(name, description, registry), new NamespaceSettings("cn-hangzhou:qa", "QA", description is null ? null : "sprints", registry is null ? null : true));

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
    }

    [Fact]
    public void AChange_TookEffect_WhenTheReadBackShowsEveryValueGivenAndOneDifferedBefore()
    {
        var wanted = new NamespaceSettings("cn-hangzhou:qa", "QA", "new", null);

        Assert.Equal(OutcomeKind.TookEffect, NamespaceChanges.JudgeUpdated(Namespace("QA", "new"), Namespace("QA", "old"), wanted).Kind);
    }

    [Fact]
    public void AChange_IsUnknown_NeverDidNotTakeEffect_WhenTheReadBackDiffers()
    {
        var wanted = new NamespaceSettings("cn-hangzhou:qa", "Renamed", null, false);

        Assert.Equal(OutcomeKind.Unknown, NamespaceChanges.JudgeUpdated(Namespace("QA", registry: true), Namespace("QA"), wanted).Kind);
        Assert.Equal(OutcomeKind.Unknown, NamespaceChanges.JudgeUpdated(Namespace("Renamed", registry: true), Namespace("QA"), wanted).Kind);
        Assert.Equal(OutcomeKind.Unknown, NamespaceChanges.JudgeUpdated(null, Namespace("QA"), wanted).Kind);
    }

    [Fact]
    public void AChange_IsUnknown_WhenNothingDifferedBefore()
    {
        var wanted = new NamespaceSettings("cn-hangzhou:qa", "QA", null, null);

        Assert.Equal(OutcomeKind.Unknown, NamespaceChanges.JudgeUpdated(Namespace("QA"), Namespace("QA"), wanted).Kind);
    }
}
