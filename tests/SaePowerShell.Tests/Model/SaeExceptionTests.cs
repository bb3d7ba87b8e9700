using Xunit;

namespace SaePowerShell.Tests.Model;

public sealed class SaeExceptionTests
{
    public static TheoryData<SaeException, string, SaeErrorCategory> Errors => new()
    {
        { new SaeServiceException("BatchStartApplications", "user.indebt", "owes", SaeErrorCategory.PermissionDenied, isTransient: false, recommendedAction: "pay", httpStatus: 400, requestId: "r", traceId: "t"), "user.indebt", SaeErrorCategory.PermissionDenied },
        { new SaeOutcomeUnknownException("BatchStartApplications", "application a in namespace ns", "Check it.", "n", "no answer", SaeErrorCategory.OperationTimeout, DateTimeOffset.UtcNow, null), "OutcomeUnknown", SaeErrorCategory.OperationTimeout },
        { new SaeChangeOrderException(new SaeChangeOrder("co"), "WaitTimeout", SaeErrorCategory.OperationTimeout, "late"), "WaitTimeout", SaeErrorCategory.OperationTimeout },
        { new SaeConfigurationException("NoRegion", "no region"), "NoRegion", SaeErrorCategory.InvalidOperation },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void EveryPublicError_IsASaeException_WithItsIdCategoryAndWhatToDo(SaeException error, string errorId, SaeErrorCategory category)
    {
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category);
        if (error is not SaeConfigurationException)
        {
            Assert.False(string.IsNullOrEmpty(error.RecommendedAction));
        }
    }

    [Fact]
    public void EveryPublicExceptionOfTheModule_DerivesFromSaeException() =>
        Assert.All(typeof(SaeException).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(SaeException)),
            t => Assert.True(typeof(SaeException).IsAssignableFrom(t), t.Name));
}
