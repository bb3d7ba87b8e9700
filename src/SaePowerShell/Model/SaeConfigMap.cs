using System;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell;

/// <summary>An SAE config map, as ListNamespacedConfigMaps and DescribeConfigMap describe it: its data as keys and values, and the applications that mount it.</summary>
public sealed class SaeConfigMap
{
    /// <summary>The config map's id, which Set-SaeConfigMap and Remove-SaeConfigMap take.</summary>
    public long ConfigMapId { get; set; }

    /// <summary>The name, unique in its namespace.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The namespace it belongs to, such as cn-hangzhou:demo.</summary>
    public string NamespaceId { get; set; } = string.Empty;

    /// <summary>The region of the namespace.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The description, if any.</summary>
    public string? Description { get; set; }

    /// <summary>The keys and values, in key order.</summary>
    public IReadOnlyDictionary<string, string> Data { get; set; } = new Dictionary<string, string>();

    /// <summary>The keys, in order: what the table view shows of the data.</summary>
    public IReadOnlyList<string> Keys => Data.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>The applications that mount it.</summary>
    public IReadOnlyList<SaeConfigMapUser> RelateApps { get; set; } = Array.Empty<SaeConfigMapUser>();

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdateTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => NamespaceId + "/" + Name;
}

/// <summary>An application that mounts a config map.</summary>
public sealed class SaeConfigMapUser
{
    /// <summary>The application's id.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The application's name.</summary>
    public string? AppName { get; set; }

    /// <inheritdoc />
    public override string ToString() => AppName ?? AppId;
}
