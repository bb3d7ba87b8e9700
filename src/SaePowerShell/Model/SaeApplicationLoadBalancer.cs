using System;
using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// One load balancer bound to an SAE application, with its listeners: a CLB on the application's Internet or Intranet
/// side (DescribeApplicationSlbs), or an NLB (DescribeApplicationNlbs). Remove-SaeApplicationLoadBalancer takes these
/// piped in, by property name.
/// </summary>
public sealed class SaeApplicationLoadBalancer
{
    /// <summary>The application it is bound to.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The application's name, when it came in with the application (SAE's NLB answer does not carry it).</summary>
    public string? AppName { get; set; }

    /// <summary>The namespace of the application, such as cn-hangzhou:demo, when it was known.</summary>
    public string? NamespaceId { get; set; }

    /// <summary>The region of the application.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>Clb (a classic load balancer, BindSlb) or Nlb (a network load balancer, BindNlb).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Internet or Intranet: a CLB's side. SAE does not answer an NLB's, so an NLB's is empty unless the command bound it.</summary>
    public string? AddressType { get; set; }

    /// <summary>The load balancer's id (lb-… for a CLB, nlb-… for an NLB).</summary>
    public string LoadBalancerId { get; set; } = string.Empty;

    /// <summary>Where it is reached: a CLB's IP address, an NLB's DNS name.</summary>
    public string? Address { get; set; }

    /// <summary>A CLB's charge type (PayBySpec, PayByCLCU); none for an NLB.</summary>
    public string? ChargeType { get; set; }

    /// <summary>An NLB's CreatedBySae: whether SAE bought it for the application; none for a CLB.</summary>
    public bool? CreatedBySae { get; set; }

    /// <summary>Its listeners, in the order SAE answers them.</summary>
    public IReadOnlyList<SaeLoadBalancerListener> Listeners { get; set; } = Array.Empty<SaeLoadBalancerListener>();

    /// <inheritdoc />
    public override string ToString() => AppId + "/" + Kind + (AddressType is null ? string.Empty : ":" + AddressType) + "/" + LoadBalancerId;
}
