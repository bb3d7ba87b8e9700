using System.Globalization;

namespace SaePowerShell;

/// <summary>
/// One listener of a load balancer bound to an application: traffic to <see cref="Port"/> over <see cref="Protocol"/>
/// goes to the instances' <see cref="TargetPort"/>. Get-SaeApplicationLoadBalancer writes these; Add-SaeApplicationLoadBalancer
/// takes them, or hashtables with the same keys (@{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' }).
/// </summary>
public sealed class SaeLoadBalancerListener
{
    /// <summary>An empty listener, for PowerShell's hashtable conversion ([SaeLoadBalancerListener]@{ Port = 80; TargetPort = 8080; Protocol = 'TCP' }).</summary>
    public SaeLoadBalancerListener()
    {
    }

    /// <summary>A listener on <paramref name="port"/> over <paramref name="protocol"/> to the instances' <paramref name="targetPort"/>.</summary>
    public SaeLoadBalancerListener(int port, int targetPort, string protocol)
    {
        Port = port;
        TargetPort = targetPort;
        Protocol = protocol;
    }

    /// <summary>The port the load balancer listens on (1 to 65535).</summary>
    public int Port { get; set; }

    /// <summary>The port of the application's instances it forwards to (1 to 65535).</summary>
    public int TargetPort { get; set; }

    /// <summary>A CLB's TCP, UDP, HTTP or HTTPS; an NLB's TCP, UDP or TCPSSL.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>The certificate: a CLB's HTTPS listener's HttpsCertId, an NLB's TCPSSL listener's CertIds.</summary>
    public string? CertIds { get; set; }

    /// <summary>A CLB's HTTPS listener's CA certificate (HttpsCaCertId), for mutual TLS.</summary>
    public string? CaCertId { get; set; }

    /// <summary>An NLB listener's state as SAE answers it (Creating, Configuring, Bounded, Unbinding, Failed); none for a CLB's.</summary>
    public string? Status { get; set; }

    /// <inheritdoc />
    public override string ToString() => Protocol + ":" + Port.ToString(CultureInfo.InvariantCulture) + "->" + TargetPort.ToString(CultureInfo.InvariantCulture);
}
