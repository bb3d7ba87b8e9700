using System.Collections.Generic;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// What Set-SaeApplication is asked to make an application: each value null when not given. <see cref="Deploy"/>
/// holds what only DeployApplication changes (the image or package, environment, command, probes, any other of its
/// parameters), by their official names.
/// </summary>
internal sealed record ApplicationSettings(int? Replicas, int? Cpu, int? Memory, string? SecurityGroupId, string? VSwitchId, string? Description, IReadOnlyDictionary<string, object?> Deploy)
{
    /// <summary>Whether anything at all was given.</summary>
    public bool IsEmpty => Replicas is null && Cpu is null && Memory is null && SecurityGroupId is null && VSwitchId is null && Description is null && Deploy.Count == 0;
}
