using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.ConfigMaps;

/// <summary>
/// What the config-map cmdlets share, as a part each holds: where a namespace's calls go, and finding one config map
/// by its id or by its name in a namespace, each with a clear error naming what was given.
/// </summary>
internal sealed class ConfigMapFinder
{
    private readonly SaeCmdletBase _cmdlet;

    public ConfigMapFinder(SaeCmdletBase cmdlet) => _cmdlet = cmdlet;

    /// <summary>Where calls about a namespace go, or false after writing the error (a malformed id, no region).</summary>
    public bool TryLocate(string? namespaceId, object target, out ServiceLocation location)
    {
        if (namespaceId != null && InputRules.NamespaceIdProblem(namespaceId) is string problem)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", problem, namespaceId));
            location = null!;
            return false;
        }

        return _cmdlet.TryLocate(namespaceId, _cmdlet.RegionId, target, out location);
    }

    public IReadOnlyList<SaeConfigMap>? List(ServiceLocation location, string namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(ConfigMapCalls.List(location, namespaceId), namespaceId, "Could not list the config maps of " + namespaceId);
        return response is null ? null : ConfigMapCalls.ParseList(response, namespaceId, location);
    }

    /// <summary>One config map by its id (one DescribeConfigMap), or null after writing the error.</summary>
    public SaeConfigMap? ById(ServiceLocation location, long configMapId, string? namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(ConfigMapCalls.Describe(location, configMapId, namespaceId), configMapId, "Could not read config map " + configMapId);
        return response is null ? null : ConfigMapCalls.ParseOne(response, namespaceId, location);
    }

    /// <summary>One config map by its exact name in a namespace (one ListNamespacedConfigMaps), or null after writing the error.</summary>
    public SaeConfigMap? ByName(ServiceLocation location, string namespaceId, string name)
    {
        IReadOnlyList<SaeConfigMap>? maps = List(location, namespaceId);
        if (maps is null)
        {
            return null;
        }

        SaeConfigMap? found = maps.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
        if (found is null)
        {
            _cmdlet.WriteError(NotFound(namespaceId, name, maps));
        }

        return found;
    }

    public static ErrorRecord NotFound(string namespaceId, string name, IReadOnlyList<SaeConfigMap> maps) =>
        ErrorRecordFactory.NotFound("InvalidConfigMapName.NotFound",
            "Namespace " + namespaceId + " has no config map named '" + name + "'." + (maps.Count == 0 ? " It has none." : " It has: " + string.Join(", ", maps.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal)) + "."),
            name);

    /// <summary>-Force skips the question, but never -WhatIf (<see cref="Parts.Confirmation"/>).</summary>
    public bool Confirmed(bool force, string target, string action) => Parts.Confirmation.Ask(_cmdlet, force, target, action);
}
