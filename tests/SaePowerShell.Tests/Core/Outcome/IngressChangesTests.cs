using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>A lost DeleteIngress answer, judged from the namespace's ingresses: gone is done, still there did not arrive.</summary>
public sealed class IngressChangesTests
{
    private static SaeIngress Ingress(long id) => new SaeIngress { IngressId = id, Name = "lb-1-" + id, NamespaceId = "cn-hangzhou:demo" };

    [Fact]
    public void ADeletedIngress_GoneFromItsNamespace_TookEffect_StillThere_DidNot()
    {
        SaeIngress doomed = Ingress(18);
        Assert.Equal(OutcomeKind.TookEffect, IngressChanges.JudgeDeleted([Ingress(17), Ingress(19)], doomed).Kind);
        Assert.Equal(OutcomeKind.TookEffect, IngressChanges.JudgeDeleted([], doomed).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, IngressChanges.JudgeDeleted([Ingress(17), Ingress(18)], doomed).Kind);
    }
}
