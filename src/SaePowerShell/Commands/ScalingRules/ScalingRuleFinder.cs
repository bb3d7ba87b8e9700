using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.ScalingRules;

/// <summary>
/// The part the scaling-rule cmdlets hold: the typed values turned into a rule (a problem names the value, before any
/// call), where an application's calls go, its rules, one rule by name, and a change sent through Core's never-twice
/// loop with SAE's refusal or "outcome unknown" as an error naming what was given.
/// </summary>
internal sealed class ScalingRuleFinder
{
    private readonly SaeCmdletBase _cmdlet;

    public ScalingRuleFinder(SaeCmdletBase cmdlet)
    {
        _cmdlet = cmdlet;
    }

    /// <summary>What the command line gives of a rule; null after writing the error naming the bad value.</summary>
    public ScalingRuleSpec? Given(object target, System.Management.Automation.PSObject[]? schedule, string? period, int? minReplicas, int? maxReplicas, int? cpu, int? memory, int? qps, int? rt, int? tcp)
    {
        IReadOnlyList<SaeScalingSchedule>? schedules = ScheduleInput.Read(schedule, out string? problem);
        var spec = schedules is null ? null : new ScalingRuleSpec(period, schedules, minReplicas, maxReplicas, ScalingRuleSpec.MetricsOf(cpu, memory, qps, rt, tcp));
        problem ??= spec!.GivenProblem();
        if (problem != null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidScalingRule", problem, target));
            return null;
        }

        return spec;
    }

    /// <summary>A whole rule's problem (after merging with what SAE has), written as an error naming the value; true when there is none.</summary>
    public bool Sound(ScalingRuleSpec spec, object target)
    {
        if (spec.Problem() is string problem)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidScalingRule", problem, target));
            return false;
        }

        return true;
    }

    /// <summary>Where calls about an application go, or false after writing the error (a malformed id, no region).</summary>
    public bool TryLocate(string appId, string? namespaceId, object target, out ServiceLocation location)
    {
        string? problem = InputRules.AppIdProblem(appId) ?? (namespaceId is null ? null : InputRules.NamespaceIdProblem(namespaceId));
        if (problem != null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(InputRules.AppIdProblem(appId) is null ? "InvalidNamespaceId" : "InvalidAppId", problem, target));
            location = null!;
            return false;
        }

        return _cmdlet.TryLocate(namespaceId, _cmdlet.RegionId, target, out location);
    }

    /// <summary>The application's rules (one DescribeApplicationScalingRules), or null after writing the error.</summary>
    public IReadOnlyList<SaeScalingRule>? List(ServiceLocation location, string appId, string? namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(ScalingRuleCalls.List(location, appId, namespaceId), appId, "Could not list the scaling rules of application " + appId);
        return response is null ? null : ScalingRuleCalls.ParseList(response, appId, namespaceId, location);
    }

    /// <summary>One rule by name (one DescribeApplicationScalingRule), or null after writing SAE's error.</summary>
    public SaeScalingRule? ByName(ServiceLocation location, string appId, string? namespaceId, string name)
    {
        ApiResponse? response = _cmdlet.Call(ScalingRuleCalls.Describe(location, appId, namespaceId, name), name, "Could not read scaling rule '" + name + "' of application " + appId);
        return response is null ? null : ScalingRuleCalls.ParseOne(response, appId, namespaceId, location);
    }

    /// <summary>One change, awaited on the pipeline thread: its result, or null after writing the error naming <paramref name="target"/>.</summary>
    public SaeScalingRule? Change(Func<SaeClient, CancellationToken, Task<SaeScalingRule>> change, object target, string failure) =>
        SentChange.Await(_cmdlet, change, target, failure);

    /// <summary>How a rule is named in confirmations and messages.</summary>
    public static string Describe(string name, string appId, string? appName) =>
        "scaling rule '" + name + "' of application " + (appName is null ? appId : appName + " (" + appId + ")");
}
