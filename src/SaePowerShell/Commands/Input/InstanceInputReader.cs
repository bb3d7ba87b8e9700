using System;
using System.Management.Automation;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// Reads an instance from whatever came down the pipeline: an SaeApplicationInstance (Get-SaeApplicationInstance),
/// any object or hashtable with InstanceId and AppId (and NamespaceId), or an instance id string with -AppId. The
/// application it belongs to is read as AppInputReader reads applications, so the same bad inputs get the same errors.
/// </summary>
internal static class InstanceInputReader
{
    public static InstanceInput Read(PSObject? input, string? appId, string? namespaceId)
    {
        object? value = input?.BaseObject;
        if (value is null)
        {
            return Invalid("NullInput", "The input object is null; pipe instances (Get-SaeApplicationInstance) or instance id strings with -AppId.", null);
        }

        string? instanceId = value as string ?? AppInputReader.Property(input, "InstanceId") as string;
        if (instanceId is null)
        {
            return Invalid("MissingInstanceId", "The input object " + InputRules.Shorten(input!.ToString()) + " has no InstanceId property; pipe instances from Get-SaeApplicationInstance.", input);
        }

        if (InputRules.InstanceIdProblem(instanceId) is string problem)
        {
            return Invalid("InvalidInstanceId", problem, input);
        }

        string? ownAppId = value is string ? null : AppInputReader.Property(input, "AppId") as string;
        if (ownAppId != null && appId != null && !string.Equals(ownAppId, appId, StringComparison.Ordinal))
        {
            return Invalid("AppMismatch", "Instance '" + instanceId + "' belongs to application '" + ownAppId + "', but -AppId is '" + appId + "'. Leave out -AppId when piping instances.", input);
        }

        if (ownAppId is null && appId is null)
        {
            return Invalid("MissingAppId", "No application is known for instance '" + instanceId + "': give -AppId, or pipe instances from Get-SaeApplicationInstance.", input);
        }

        AppInput app = ownAppId is null ? AppInputReader.Read(new PSObject(appId), namespaceId) : AppInputReader.Read(input, namespaceId);
        return app.Target is null
            ? Invalid(app.ErrorId!, app.Problem!, input)
            : new InstanceInput(AppInput.Valid(app.Target with { Input = input }, app.AppName), instanceId);
    }

    private static InstanceInput Invalid(string errorId, string problem, object? input) => new InstanceInput(AppInput.Invalid(errorId, problem, input), null);
}
