using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Batching;

/// <summary>The applications one batch call acts on: all in one namespace, each once.</summary>
internal sealed class BatchGroup
{
    public BatchGroup(int index, string namespaceId, string? regionId, IReadOnlyList<AppTarget> targets)
    {
        Index = index;
        NamespaceId = namespaceId;
        RegionId = regionId;
        Targets = targets;
        var ids = new string[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            ids[i] = targets[i].AppId;
        }

        AppIds = ids;
    }

    /// <summary>The position of the group in the output: groups come out in the order their first app went in.</summary>
    public int Index { get; }

    public string NamespaceId { get; }

    public string? RegionId { get; }

    public IReadOnlyList<AppTarget> Targets { get; }

    /// <summary>Empty for a call on every application of the namespace.</summary>
    public IReadOnlyList<string> AppIds { get; }

    public static BatchGroup WholeNamespace(string namespaceId, string? regionId) =>
        new BatchGroup(0, namespaceId, regionId, Array.Empty<AppTarget>());

    public override string ToString() => NamespaceId + " (" + (AppIds.Count == 0 ? "all applications" : AppIds.Count + " application(s)") + ")";
}
