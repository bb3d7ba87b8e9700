using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeInstanceLogCommand
{
    private const string ByIdSet = "ById";
    private const string PipelineSet = "Pipeline";

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (ParameterSetName == PipelineSet)
        {
            ReadPiped(InputObject);
            return;
        }

        foreach (string id in InstanceId)
        {
            LogOf(id, NamespaceId, null, AppId, id, prefixed: false);
        }
    }

    /// <summary>An instance, an instance id, or an application (all its instances); anything else is an error saying what was expected.</summary>
    private void ReadPiped(PSObject? input)
    {
        object? value = input?.BaseObject;
        if (value is string id)
        {
            LogOf(id, NamespaceId, null, AppId, input, prefixed: false);
            return;
        }

        string? namespaceId = AppInputReader.Property(input, "NamespaceId") as string ?? NamespaceId;
        string? regionId = AppInputReader.Property(input, "RegionId") as string;
        if (AppInputReader.Property(input, "InstanceId") is string instanceId)
        {
            LogOf(instanceId, namespaceId, regionId, AppInputReader.Property(input, "AppId") as string ?? AppId, input, prefixed: false);
            return;
        }

        if (AppInputReader.Property(input, "AppId") is string appId)
        {
            LogsOfApplication(appId, namespaceId, regionId, input!);
            return;
        }

        string shown = value is null ? "null" : "'" + InputRules.Shorten(input!.ToString()) + "' of type " + value.GetType().Name;
        WriteError(ErrorRecordFactory.Invalid(value is null ? "NullInput" : "InvalidInputType",
            "Get-SaeInstanceLog takes instances (Get-SaeApplicationInstance), instance id strings, or applications (Get-SaeApplication); the input " + shown
            + " has neither an InstanceId nor an AppId property.", input));
    }

    /// <summary>An application piped in means all its instances, as kubectl logs -l does; each line says which instance wrote it.</summary>
    private void LogsOfApplication(string appId, string? namespaceId, string? regionId, PSObject input)
    {
        if (InputRules.AppIdProblem(appId) is string problem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, input));
            return;
        }

        if (!TryLocate(namespaceId, regionId, input, out ServiceLocation location))
        {
            return;
        }

        IReadOnlyList<SaeApplicationInstance> instances;
        try
        {
            (instances, _) = Await(InstanceListing.ReadAsync(Client, location, appId, namespaceId, MaximumListingPages, CancellationToken));
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, input, "Could not list the instances of application " + appId));
            return;
        }

        foreach (SaeApplicationInstance instance in instances)
        {
            LogOf(instance.InstanceId, namespaceId, regionId, appId, input, prefixed: true);
        }
    }

    private void LogOf(string id, string? namespaceId, string? regionId, string? appId, object? target, bool prefixed)
    {
        if (InputRules.InstanceIdProblem(id) is string problem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidInstanceId", problem, target));
            return;
        }

        if (!TryLocate(namespaceId, regionId, target, out ServiceLocation location))
        {
            return;
        }

        ApiResponse? response = Call(DescribeInstanceLogCall.Request(location, id, namespaceId, ContainerId, Previous), target, "Could not get the log of instance " + id);
        if (response != null)
        {
            Write(id, appId, DescribeInstanceLogCall.Parse(response), prefixed);
        }
    }

    private void Write(string instanceId, string? appId, string log, bool prefixed)
    {
        string[] lines = log.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        int count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        int skip = Tail >= 0 ? Math.Max(0, count - Tail) : 0;
        if (Raw)
        {
            WriteObject(Decorate(string.Join("\n", lines.Skip(skip).Take(count - skip).Select(line => Prefix(line, instanceId, prefixed))), instanceId, appId));
            return;
        }

        for (int i = skip; i < count; i++)
        {
            WriteObject(Decorate(Prefix(lines[i], instanceId, prefixed), instanceId, appId));
        }
    }

    private static string Prefix(string line, string instanceId, bool prefixed) => prefixed ? "[" + instanceId + "] " + line : line;

    /// <summary>As Get-Content marks each line with where it came from.</summary>
    private static PSObject Decorate(string text, string instanceId, string? appId)
    {
        var line = new PSObject(text);
        line.Properties.Add(new PSNoteProperty("InstanceId", instanceId));
        line.Properties.Add(new PSNoteProperty("AppId", appId));
        return line;
    }
}
