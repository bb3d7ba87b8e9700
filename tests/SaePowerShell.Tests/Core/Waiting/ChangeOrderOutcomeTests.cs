using SaePowerShell.Core.Waiting;
using Xunit;

namespace SaePowerShell.Tests.Core.Waiting;

public sealed class ChangeOrderOutcomeTests
{
    // What a printed command needs to run in a fresh session (RerunArguments).
    private const string Where = " -RegionId cn-x -Endpoint http://127.0.0.1:1";

    private static SaeChangeOrder Order(SaeChangeOrderStatus status, string? error = null) =>
        new() { ChangeOrderId = "co-1", Action = "Start", NamespaceId = "cn-x:y", Status = status, ErrorMessage = error };

    [Fact]
    public void Success_IsNoFailure() => Assert.Null(ChangeOrderOutcome.FailureOf(Order(SaeChangeOrderStatus.Succeeded)));

    [Theory]
    [InlineData(SaeChangeOrderStatus.Failed, "ChangeOrderFailed", SaeErrorCategory.InvalidResult)]
    [InlineData(SaeChangeOrderStatus.SystemFailed, "ChangeOrderSystemFailed", SaeErrorCategory.ResourceUnavailable)]
    [InlineData(SaeChangeOrderStatus.Terminated, "ChangeOrderTerminated", SaeErrorCategory.OperationStopped)]
    public void Failures_CarrySaesMessage(SaeChangeOrderStatus status, string errorId, SaeErrorCategory category)
    {
        SaeChangeOrderException? failure = ChangeOrderOutcome.FailureOf(Order(status, "Batch 2 failed: unhealthy."));

        Assert.NotNull(failure);
        Assert.Equal(errorId, failure!.ErrorId);
        Assert.Equal(category, failure.Category);
        Assert.Contains("Batch 2 failed: unhealthy.", failure.Message);
        Assert.Contains("co-1", failure.Message);
        Assert.Equal("co-1", failure.ChangeOrder.ChangeOrderId);
    }

    [Fact]
    public void AFailureWithoutAMessage_SaysSo() =>
        Assert.Contains("SAE gave no reason", ChangeOrderOutcome.FailureOf(Order(SaeChangeOrderStatus.Failed))!.Message);

    [Fact]
    public void AnUnfinishedOrder_IsNotAnOutcome() =>
        Assert.Throws<ArgumentException>(() => ChangeOrderOutcome.FailureOf(Order(SaeChangeOrderStatus.Executing)));

    [Fact]
    public void Timeout_SaysTheOrderGoesOn()
    {
        SaeChangeOrderException timeout = ChangeOrderOutcome.TimedOut(Order(SaeChangeOrderStatus.Executing), TimeSpan.FromSeconds(30), Where);

        Assert.Equal("WaitTimeout", timeout.ErrorId);
        Assert.Equal(SaeErrorCategory.OperationTimeout, timeout.Category);
        Assert.Contains("30 s", timeout.Message);
        Assert.Contains("Wait-SaeChangeOrder -ChangeOrderId co-1 -NamespaceId cn-x:y" + Where + " waits again", timeout.Message);
    }

    [Theory]
    [InlineData(SaeChangeOrderStatus.Succeeded, true)]
    [InlineData(SaeChangeOrderStatus.Failed, true)]
    [InlineData(SaeChangeOrderStatus.Terminated, true)]
    [InlineData(SaeChangeOrderStatus.SystemFailed, true)]
    [InlineData(SaeChangeOrderStatus.Preparing, false)]
    [InlineData(SaeChangeOrderStatus.Executing, false)]
    [InlineData(SaeChangeOrderStatus.WaitingBatchConfirm, false)]
    [InlineData(SaeChangeOrderStatus.AutoBatchWait, false)]
    [InlineData(SaeChangeOrderStatus.WaitingApproval, false)]
    [InlineData(SaeChangeOrderStatus.Approved, false)]
    [InlineData((SaeChangeOrderStatus)7, false)]
    public void TerminalStatuses(SaeChangeOrderStatus status, bool terminal) => Assert.Equal(terminal, SaeChangeOrder.IsTerminal(status));

    [Fact]
    public void AReleaseWaitingForItsNextBatch_EndsTheWait_AsNoFailure_AndSaysWhatComesNext()
    {
        SaeChangeOrder order = Order(SaeChangeOrderStatus.WaitingBatchConfirm);

        Assert.True(ChangeOrderOutcome.IsOver(order));
        Assert.Null(ChangeOrderOutcome.FailureOf(order));
        Assert.Contains("Resume-SaeChangeOrder -ChangeOrderId co-1 -NamespaceId cn-x:y" + Where + " starts it", ChangeOrderOutcome.NextStep(order, Where));
        Assert.Contains("Stop-SaeChangeOrder -ChangeOrderId co-1 -NamespaceId cn-x:y" + Where + " ends", ChangeOrderOutcome.NextStep(order, Where));
    }

    [Fact]
    public void AnApproval_IsWaitedFor()
    {
        Assert.False(ChangeOrderOutcome.IsOver(Order(SaeChangeOrderStatus.WaitingApproval)));
        Assert.True(ChangeOrderOutcome.WaitsForApproval(SaeChangeOrderStatus.WaitingApproval));
    }

    [Fact]
    public void AnAbnormalOrder_NamesStopSaeChangeOrderWithRollback()
    {
        SaeChangeOrder order = Order(SaeChangeOrderStatus.Executing, "Batch 1 failed.");
        order.SubStatus = 1;

        Assert.Contains("Stop-SaeChangeOrder -ChangeOrderId co-1 -NamespaceId cn-x:y" + Where + " -Rollback", ChangeOrderOutcome.FailureOf(order, Where)!.Message);
    }
}
