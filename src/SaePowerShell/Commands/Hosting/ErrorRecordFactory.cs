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
        return exception is SaeException known
            ? Build(known, known.ErrorId, known.Category, target, Prefix(subject) + known.Message, known.RecommendedAction)
            : Build(exception, exception.GetType().Name, SaeErrorCategory.NotSpecified, target, Prefix(subject) + exception.Message, null);
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
