using System;
using System.Management.Automation;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// Builds the ErrorRecords the cmdlets write. The ErrorId is the SAE code, so <c>FullyQualifiedErrorId</c> starts
/// with it (<c>user.indebt,SaePowerShell.Commands.StartSaeApplicationCommand</c>) and scripts can switch on it.
/// </summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord FromException(Exception exception, object? target, string? subject = null)
    {
        switch (exception)
        {
            case SaeServiceException service:
                return Build(service, service.Code, service.Category, target, Prefix(subject) + service.Message, service.RecommendedAction);
            case SaeOutcomeUnknownException unknown:
                return Build(unknown, "OutcomeUnknown", unknown.Category, target, Prefix(subject) + unknown.Message,
                    "Run Get-SaeApplication, or DescribeApplicationStatus for the application, to see whether the change happened before trying again.");
            case SaeChangeOrderException changeOrder:
                return Build(changeOrder, changeOrder.ErrorId, changeOrder.Category, target, Prefix(subject) + changeOrder.Message,
                    changeOrder.ErrorId == "WaitTimeout" ? "Wait again with Wait-SaeChangeOrder, or look at the change order in the SAE console." : "Look at the change order's batches (Get-SaeChangeOrder) or in the SAE console, fix the cause, and try again.");
            case SaeConfigurationException configuration:
                return Build(configuration, configuration.ErrorId, SaeErrorCategory.InvalidOperation, target, Prefix(subject) + configuration.Message, null);
            default:
                return Build(exception, exception.GetType().Name, SaeErrorCategory.NotSpecified, target, Prefix(subject) + exception.Message, null);
        }
    }

    public static ErrorRecord FromRejection(Rejection rejection) =>
        Invalid(rejection.ErrorId, rejection.Message, rejection.Target.Input);

    public static ErrorRecord Invalid(string errorId, string message, object? target) =>
        Build(new ArgumentException(message), errorId, SaeErrorCategory.InvalidArgument, target, message, null);

    public static ErrorRecord NotFound(string errorId, string message, object? target) =>
        Build(new ItemNotFoundException(message), errorId, SaeErrorCategory.ObjectNotFound, target, message, null);

    public static ErrorCategory ToErrorCategory(SaeErrorCategory category) =>
        Enum.TryParse(category.ToString(), out ErrorCategory mapped) ? mapped : ErrorCategory.NotSpecified;

    private static ErrorRecord Build(Exception exception, string errorId, SaeErrorCategory category, object? target, string message, string? recommendedAction)
    {
        var record = new ErrorRecord(exception, errorId, ToErrorCategory(category), target);
        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
        return record;
    }

    private static string Prefix(string? subject) => string.IsNullOrEmpty(subject) ? string.Empty : subject + ": ";
}
