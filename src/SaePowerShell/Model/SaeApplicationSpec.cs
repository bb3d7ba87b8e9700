using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// An application's desired state, as Export-SaeApplication writes it and Set-SaeApplication -Spec applies it: its
/// configuration (every field CreateApplication takes, SAE's JSON-string fields as structures, config maps and
/// secrets mounted by name), and its tags. Never a secret's value. <see cref="AppId"/> and <see cref="NamespaceId"/>
/// say where it was exported from; an apply may name another namespace.
/// </summary>
public sealed class SaeApplicationSpec
{
    /// <summary>The spec format's version; a newer one is refused rather than half read.</summary>
    public int SpecVersion { get; set; } = 1;

    /// <summary>The application's name, unique in its namespace: what an apply finds it by.</summary>
    public string AppName { get; set; } = string.Empty;

    /// <summary>The namespace it belongs in, such as cn-hangzhou:demo.</summary>
    public string NamespaceId { get; set; } = string.Empty;

    /// <summary>The region of that namespace.</summary>
    public string? RegionId { get; set; }

    /// <summary>The id it had where it was exported, if any; used only in that namespace.</summary>
    public string? AppId { get; set; }

    /// <summary>The configuration, by CreateApplication's parameter names, in name order.</summary>
    public IDictionary<string, object?> Configuration { get; set; } = new SortedDictionary<string, object?>(System.StringComparer.Ordinal);

    /// <summary>The tags, by key.</summary>
    public IDictionary<string, string> Tags { get; set; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal);

    /// <summary>
    /// Its scaling rules, by name, when the spec manages them: then a live rule it does not list is deleted. Null
    /// leaves the application's rules as they are.
    /// </summary>
    public IList<SaeScalingRule>? ScalingRules { get; set; }

    /// <summary>
    /// Its CLB and NLB bindings, with their listeners; null when the spec leaves them alone. A spec that lists them owns
    /// them: applying it unbinds any other. A load balancer's id belongs to its region (Set-SaeApplication -LoadBalancerId
    /// maps it for another).
    /// </summary>
    public IList<SaeApplicationLoadBalancer>? LoadBalancers { get; set; }

    /// <summary>The file it was read from, for errors; not part of the spec.</summary>
    public string? Source { get; set; }

    /// <inheritdoc />
    public override string ToString() => AppName + " in " + NamespaceId;
}
