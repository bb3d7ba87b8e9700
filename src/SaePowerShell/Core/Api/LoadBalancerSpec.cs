using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SaePowerShell.Core.Catalog;

namespace SaePowerShell.Core.Api;

/// <summary>
/// A load balancer of an application, as a command means it: its kind (Clb or Nlb), a CLB's side (Internet or
/// Intranet; an NLB's address type when SAE buys one), its id when one is named, and listeners (to bind; to unbind, an
/// NLB's one listener or none). <see cref="BindProblem"/> and <see cref="UnbindProblem"/> check it against what SAE documents, naming the value, before
/// anything is sent; <see cref="Matches"/> and <see cref="AllThere"/> are what the look-ups after a lost answer judge by.
/// </summary>
internal sealed record LoadBalancerSpec(string Kind, string? AddressType, string? LoadBalancerId, IReadOnlyList<SaeLoadBalancerListener> Listeners)
{
    public const string Clb = "Clb";
    public const string Nlb = "Nlb";
    public const string Internet = "Internet";
    public const string Intranet = "Intranet";

    /// <summary>A CLB listener's protocols, as BindSlb takes them (the surface documents none).</summary>
    public static readonly IReadOnlyList<string> ClbProtocols = new[] { "TCP", "UDP", "HTTP", "HTTPS" };

    /// <summary>An NLB listener's protocols: the surface's documented values (UnbindNlb's Protocol; BindNlb's Listeners documents only their keys).</summary>
    public static IReadOnlyList<string> NlbProtocols => ApiCatalog.Find(SaeApi.UnbindNlb.Action)!.Find("Protocol")!.DocumentedValues;

    public bool IsClb => string.Equals(Kind, Clb, StringComparison.Ordinal);

    /// <summary>The protocols this kind takes.</summary>
    public IReadOnlyList<string> Protocols => IsClb ? ClbProtocols : NlbProtocols;

    /// <summary>
    /// A binding as given: the kind and side spelled as SAE spells them, each listener's protocol too where it is one of
    /// the kind's in another case (http is HTTP); anything else is kept for <see cref="BindProblem"/> to name.
    /// </summary>
    public static LoadBalancerSpec Of(string kind, string? addressType, string? loadBalancerId, IReadOnlyList<SaeLoadBalancerListener> listeners)
    {
        string spelledKind = Spelled(kind, new[] { Clb, Nlb });
        var spec = new LoadBalancerSpec(spelledKind, addressType is null ? null : Spelled(addressType, new[] { Internet, Intranet }), string.IsNullOrEmpty(loadBalancerId) ? null : loadBalancerId, listeners);
        IReadOnlyList<string> protocols = spec.Kind == Clb || spec.Kind == Nlb ? spec.Protocols : Array.Empty<string>();
        return spec with
        {
            Listeners = listeners.Select(l => new SaeLoadBalancerListener(l.Port, l.TargetPort, Spelled(l.Protocol, protocols))
            {
                CertIds = string.IsNullOrEmpty(l.CertIds) ? null : l.CertIds,
                CaCertId = string.IsNullOrEmpty(l.CaCertId) ? null : l.CaCertId,
            }).ToList(),
        };
    }

    /// <summary>What is wrong with a binding to make, naming the value, or null.</summary>
    public string? BindProblem()
    {
        if (KindProblem() is string kind)
        {
            return kind;
        }

        if (Listeners.Count == 0)
        {
            return "Give the listeners to bind (-Listener), such as @{ Port = 80; TargetPort = 8080; Protocol = '" + Protocols[0] + "' }.";
        }

        foreach (SaeLoadBalancerListener listener in Listeners)
        {
            string which = "The listener " + listener;
            if (PortProblem(listener.Port) || PortProblem(listener.TargetPort))
            {
                return which + " has the port " + Number(PortProblem(listener.Port) ? listener.Port : listener.TargetPort) + ", which is not 1 to 65535.";
            }

            if (!Protocols.Contains(listener.Protocol, StringComparer.Ordinal))
            {
                return which + " has the protocol '" + listener.Protocol + "', which a" + (IsClb ? " CLB" : "n NLB") + " does not take: it takes " + string.Join(", ", Protocols) + ".";
            }

            string secure = IsClb ? "HTTPS" : "TCPSSL";
            if (listener.Protocol == secure && listener.CertIds is null)
            {
                return which + " is " + secure + " and needs its certificate (CertIds).";
            }

            if (listener.CaCertId != null && (!IsClb || listener.Protocol != "HTTPS"))
            {
                return which + " has a CaCertId, which only a CLB's HTTPS listener takes.";
            }
        }

        // A CLB side listens once on a port; an NLB once on a port and protocol.
        IGrouping<string, SaeLoadBalancerListener>? twice = Listeners.GroupBy(l => IsClb ? Number(l.Port) : l.Protocol + ":" + Number(l.Port)).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : "The port " + twice.Key + " is given twice (" + string.Join(", ", twice) + ").";
    }

    /// <summary>What is wrong with an unbind (a CLB by its side; an NLB by its id, and one listener or none), naming the value, or null.</summary>
    public string? UnbindProblem()
    {
        if (KindProblem() is string kind)
        {
            return kind;
        }

        if (!IsClb && LoadBalancerId is null)
        {
            return "An NLB is unbound by its id: give -LoadBalancerId (nlb-…).";
        }

        if (IsClb && Listeners.Count > 0)
        {
            return "A CLB is unbound whole, by its side (UnbindSlb takes no listener): leave out -Port and -Protocol.";
        }

        foreach (SaeLoadBalancerListener listener in Listeners)
        {
            if (PortProblem(listener.Port))
            {
                return "The port " + Number(listener.Port) + " is not 1 to 65535.";
            }

            if (listener.Protocol.Length == 0)
            {
                return "Give -Protocol with -Port " + Number(listener.Port) + ": an NLB listens on a port and protocol.";
            }

            if (!Protocols.Contains(listener.Protocol, StringComparer.Ordinal))
            {
                return "The protocol '" + listener.Protocol + "' is not one an NLB takes: it takes " + string.Join(", ", Protocols) + ".";
            }
        }

        return null;
    }

    /// <summary>What is wrong with the kind, side and id, naming the value, or null.</summary>
    public string? KindProblem()
    {
        if (Kind != Clb && Kind != Nlb)
        {
            return "The kind '" + Kind + "' is not one of Clb, Nlb.";
        }

        if (AddressType != null && AddressType != Internet && AddressType != Intranet)
        {
            return "The address type '" + AddressType + "' is not one of Internet, Intranet.";
        }

        if (IsClb && AddressType is null)
        {
            return "A CLB is bound on a side: give -AddressType Internet or Intranet.";
        }

        string prefix = IsClb ? "lb-" : "nlb-";
        return LoadBalancerId is null || (LoadBalancerId.StartsWith(prefix, StringComparison.Ordinal) && LoadBalancerId.Length > prefix.Length)
            ? null
            : "The load balancer id '" + LoadBalancerId + "' is not a" + (IsClb ? " CLB's (lb-…)." : "n NLB's (nlb-…).");
    }

    /// <summary>Whether <paramref name="bound"/> is the load balancer this means: a CLB by its side (and id, when named), an NLB by its id.</summary>
    public bool Matches(SaeApplicationLoadBalancer bound) =>
        string.Equals(bound.Kind, Kind, StringComparison.Ordinal)
        && (IsClb
            ? string.Equals(bound.AddressType, AddressType, StringComparison.Ordinal) && (LoadBalancerId is null || bound.LoadBalancerId == LoadBalancerId)
            : LoadBalancerId != null && bound.LoadBalancerId == LoadBalancerId);

    /// <summary>Whether every listener wanted is on <paramref name="bound"/>, as wanted (port, protocol, target port, certificate).</summary>
    public bool AllThere(SaeApplicationLoadBalancer bound) => Listeners.All(wanted => bound.Listeners.Any(l => Same(l, wanted)));

    /// <summary>Whether <paramref name="bound"/> has a listener on this port and protocol, whatever it forwards to.</summary>
    public static bool Listens(SaeApplicationLoadBalancer bound, SaeLoadBalancerListener listener) =>
        bound.Listeners.Any(l => l.Port == listener.Port && string.Equals(l.Protocol, listener.Protocol, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A CLB side's whole list, as BindSlb takes it (a side's listeners become exactly those sent): those bound on
    /// other ports are kept, and the ones given replace any on their ports.
    /// </summary>
    public IReadOnlyList<SaeLoadBalancerListener> SideWith(SaeApplicationLoadBalancer? bound) =>
        (bound?.Listeners ?? Array.Empty<SaeLoadBalancerListener>()).Where(l => !Listeners.Any(g => g.Port == l.Port)).Concat(Listeners).ToList();

    /// <summary>A listener list as BindSlb's Internet and Intranet take it: port, targetPort, protocol, httpsCertId, httpsCaCertId.</summary>
    public static string ClbJson(IReadOnlyList<SaeLoadBalancerListener> listeners) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(listeners.Select(l => Without(new Dictionary<string, object?>
        {
            ["port"] = l.Port,
            ["targetPort"] = l.TargetPort,
            ["protocol"] = l.Protocol,
            ["httpsCertId"] = l.CertIds,
            ["httpsCaCertId"] = l.CaCertId,
        })));

    /// <summary>The listeners as BindNlb's Listeners takes them: Port, TargetPort, Protocol, CertIds (the surface's documented keys).</summary>
    public string NlbJson() =>
        Newtonsoft.Json.JsonConvert.SerializeObject(Listeners.Select(l => Without(new Dictionary<string, object?>
        {
            ["Port"] = l.Port,
            ["TargetPort"] = l.TargetPort,
            ["Protocol"] = l.Protocol,
            ["CertIds"] = l.CertIds,
        })));

    /// <summary>How messages name it: "the Internet CLB", "NLB nlb-…", "a new Internet NLB".</summary>
    public string Describe() =>
        IsClb
            ? "the " + AddressType + " CLB" + (LoadBalancerId is null ? string.Empty : " " + LoadBalancerId)
            : LoadBalancerId is null ? "a new " + (AddressType ?? Internet) + " NLB" : "NLB " + LoadBalancerId;

    private static bool Same(SaeLoadBalancerListener bound, SaeLoadBalancerListener wanted) =>
        bound.Port == wanted.Port && bound.TargetPort == wanted.TargetPort
        && string.Equals(bound.Protocol, wanted.Protocol, StringComparison.OrdinalIgnoreCase)
        && (wanted.CertIds is null || string.Equals(bound.CertIds, wanted.CertIds, StringComparison.Ordinal));

    private static bool PortProblem(int port) => port < 1 || port > 65535;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Spelled(string given, IEnumerable<string> known) =>
        known.FirstOrDefault(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase)) ?? given;

    private static Dictionary<string, object?> Without(Dictionary<string, object?> values) =>
        values.Where(p => p.Value != null).ToDictionary(p => p.Key, p => p.Value);
}
