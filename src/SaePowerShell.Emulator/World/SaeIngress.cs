namespace SaePowerShell.Emulator.World;

/// <summary>
/// A gateway route (CreateIngress): one listener (port and protocol) of a CLB or ALB in a namespace, forwarding by
/// domain and path to applications of that namespace, and everything else to its default rule. Replaced whole by
/// UpdateIngress, never edited in place.
/// </summary>
internal sealed record SaeIngress
{
    public required long Id { get; init; }

    public required string NamespaceId { get; init; }

    /// <summary>SAE's name for it: the load balancer, the listener port and a short suffix of the id.</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>clb or alb.</summary>
    public required string LoadBalanceType { get; init; }

    public required string SlbId { get; init; }

    /// <summary>internet or intranet (CreateIngress's AddressType, in lower case as SAE answers it).</summary>
    public required string SlbType { get; init; }

    /// <summary>Whether SAE bought the load balancer (CreateIngress without SlbId).</summary>
    public required bool CreatedBySae { get; init; }

    public required int ListenerPort { get; init; }

    /// <summary>HTTP or HTTPS.</summary>
    public required string ListenerProtocol { get; init; }

    public required string CertId { get; init; }

    public required string CertIds { get; init; }

    public required string SecurityPolicyId { get; init; }

    public required IngressRule DefaultRule { get; init; }

    public required IReadOnlyList<IngressRule> Rules { get; init; }

    /// <summary>CorsConfig's fields as given (Enable, AllowOrigin, …), all strings as SAE answers them.</summary>
    public required IReadOnlyDictionary<string, string> Cors { get; init; }

    public required bool EnableGzip { get; init; }

    /// <summary>EnableXForwardedFor, …ClientSrcPort, …Proto, …SlbId, …SlbPort, by that suffix ("" for the first).</summary>
    public required IReadOnlyDictionary<string, bool> XForwardedFor { get; init; }

    public required int IdleTimeout { get; init; }

    public required int RequestTimeout { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One forwarding rule: requests for Domain and Path (empty on the default rule) go to the application's ContainerPort.</summary>
internal sealed record IngressRule(string AppId, int ContainerPort, string BackendProtocol, string Domain, string Path, string RewritePath);
