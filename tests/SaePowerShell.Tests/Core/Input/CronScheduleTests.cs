using SaePowerShell.Core.Input;
using Xunit;

namespace SaePowerShell.Tests.Core.Input;

/// <summary>A job's -Schedule: the five-field cron expressions Kubernetes (and so SAE) takes, and a clear refusal naming the field otherwise.</summary>
public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("*/15 * * * *")]
    [InlineData("30 3 1,15 * MON-FRI")]
    [InlineData("0 0 * JAN,JUL 0")]
    [InlineData("0 0 * * 7")]
    [InlineData("5-10/2 8-18 * * *")]
    public void TakesWhatACronJobTakes(string expression) => Assert.Null(CronSchedule.Problem(expression));

    [Theory]
    [InlineData("0 25 * * *", "hour '25'")]
    [InlineData("60 * * * *", "minute '60'")]
    [InlineData("0 0 0 * *", "day of month '0'")]
    [InlineData("0 0 * 13 *", "month '13'")]
    [InlineData("0 0 * * 8", "day of week '8'")]
    [InlineData("0 0 * * FUNDAY", "day of week 'FUNDAY'")]
    [InlineData("*/0 * * * *", "step")]
    [InlineData("10-5 * * * *", "lower value")]
    [InlineData("every day", "five")]
    [InlineData("0 0 * * * *", "6 field(s)")]
    public void RefusesTheRest_NamingTheFieldAndTheExpression(string expression, string said)
    {
        string? problem = CronSchedule.Problem(expression);

        Assert.NotNull(problem);
        Assert.Contains(said, problem, StringComparison.Ordinal);
        Assert.Contains(expression, problem, StringComparison.Ordinal);
    }
}
