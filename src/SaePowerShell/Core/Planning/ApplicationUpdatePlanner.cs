using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// Which calls make an application what it is asked to be, from its configuration read once: nothing that already
/// holds, each change through the narrowest API, and at most one call that answers a change order, since SAE refuses
/// a second while one runs. Replicas → RescaleApplication, CPU and memory → RescaleApplicationVertically, the
/// security group → UpdateAppSecurityGroup, the vSwitches → UpdateApplicationVswitches, the description →
/// UpdateApplicationDescription, anything else → DeployApplication with only what changes (SAE keeps the rest).
/// When a deploy is needed, or more than one change order would be, one DeployApplication carries them all.
/// </summary>
internal static class ApplicationUpdatePlanner
{
    public static IReadOnlyList<PlannedCall> Plan(SaeApplicationConfig current, ApplicationSettings wanted)
    {
        var calls = new List<PlannedCall>();
        var deploy = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var deployChanges = new List<string>();
        foreach (KeyValuePair<string, object?> pair in wanted.Deploy)
        {
            Differ(current, pair.Key, pair.Value, deploy, deployChanges);
        }

        if (wanted.Description != null && !FieldComparison.Same(Field(current, "AppDescription"), wanted.Description))
        {
            calls.Add(new PlannedCall(SaeApi.UpdateApplicationDescription, new Dictionary<string, object?> { ["AppDescription"] = wanted.Description }, new[] { "AppDescription" }, null));
        }

        var replicas = Changed(current, "Replicas", wanted.Replicas);
        var cpu = Changed(current, "Cpu", wanted.Cpu);
        var memory = Changed(current, "Memory", wanted.Memory);
        var securityGroup = Changed(current, "SecurityGroupId", wanted.SecurityGroupId);
        var vSwitch = Changed(current, "VSwitchId", wanted.VSwitchId);
        int orders = (replicas.Count > 0 ? 1 : 0) + (cpu.Count + memory.Count > 0 ? 1 : 0);
        if (deploy.Count > 0 || orders > 1)
        {
            foreach (var change in new[] { replicas, cpu, memory, securityGroup, vSwitch })
            {
                foreach (KeyValuePair<string, object?> pair in change)
                {
                    deploy[pair.Key] = pair.Value;
                    deployChanges.Add(pair.Key);
                }
            }

            calls.Add(new PlannedCall(SaeApi.DeployApplication, deploy, deployChanges, ApplicationAction.Deploy));
            return calls;
        }

        if (securityGroup.Count > 0)
        {
            calls.Add(new PlannedCall(SaeApi.UpdateAppSecurityGroup, securityGroup, new[] { "SecurityGroupId" }, null));
        }

        if (vSwitch.Count > 0)
        {
            calls.Add(new PlannedCall(SaeApi.UpdateApplicationVswitches, vSwitch, new[] { "VSwitchId" }, null));
        }

        if (cpu.Count + memory.Count > 0)
        {
            // RescaleApplicationVertically takes both: the one not changing is sent as it is.
            var values = new Dictionary<string, object?>
            {
                ["Cpu"] = wanted.Cpu ?? current.Cpu,
                ["Memory"] = wanted.Memory ?? current.Memory,
            };
            calls.Add(new PlannedCall(SaeApi.RescaleApplicationVertically, values, cpu.Keys.Concat(memory.Keys).ToList(), ApplicationAction.RescaleVertically));
        }

        if (replicas.Count > 0)
        {
            calls.Add(new PlannedCall(SaeApi.RescaleApplication, replicas, new[] { "Replicas" }, ApplicationAction.Rescale));
        }

        return calls;
    }

    /// <summary>The fields a call that took effect at once must show when read back: every value it sent but the AppId.</summary>
    public static bool IsShownBy(PlannedCall call, SaeApplicationConfig read) =>
        call.Changes.All(name => FieldComparison.Same(Field(read, name), call.Values[name]));

    private static Dictionary<string, object?> Changed(SaeApplicationConfig current, string name, object? wanted) =>
        wanted is null || FieldComparison.Same(Field(current, name), wanted)
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?> { [name] = wanted };

    private static void Differ(SaeApplicationConfig current, string name, object? wanted, Dictionary<string, object?> into, List<string> changes)
    {
        if (wanted != null && !FieldComparison.Same(Field(current, name), wanted))
        {
            into[name] = wanted;
            changes.Add(name);
        }
    }

    private static object? Field(SaeApplicationConfig config, string name) => config.Fields.Contains(name) ? config.Fields[name] : null;
}
