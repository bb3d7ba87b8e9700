using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// A spec's load-balancer bindings: written and read as typed JSON (kind, address type, the load balancer's id, the
/// listeners as Add-SaeApplicationLoadBalancer takes them), checked as it checks them, and planned against the
/// application's live CLBs and NLBs. A spec with <c>loadBalancers</c> owns the bindings, so a live one it does not list
/// is unbound; a spec without the key leaves them alone and costs no read of them. A load balancer's id belongs to its
/// region: applied in another, it is the apply's to map (<c>-LoadBalancerId @{ old = new }</c>, or to nothing for one
/// SAE buys), never carried blindly.
/// </summary>
/// <remarks>
/// BindSlb adds to a side's listeners, so a side that is to lose a listener is unbound and bound again (two change
/// orders); an NLB loses a listener through UnbindNlb of that listener alone.
/// </remarks>
internal static class SpecLoadBalancers
{
    private static readonly string[] BindingKeys = { "kind", "addressType", "loadBalancerId", "listeners" };
    private static readonly string[] ListenerKeys = { "port", "targetPort", "protocol", "certIds", "caCertId" };

    /// <summary>The bindings as a spec writes them: CLBs by side, then NLBs by id, their listeners by protocol and port.</summary>
    public static JArray ToJson(IEnumerable<SaeApplicationLoadBalancer> bindings) => new JArray(Ordered(bindings).Select(ToJson));

    private static JObject ToJson(SaeApplicationLoadBalancer binding)
    {
        var result = new JObject { ["kind"] = binding.Kind };
        if (binding.AddressType != null)
        {
            result["addressType"] = binding.AddressType;
        }

        if (binding.LoadBalancerId.Length > 0)
        {
            result["loadBalancerId"] = binding.LoadBalancerId;
        }

        result["listeners"] = new JArray(binding.Listeners.OrderBy(l => l.Protocol, StringComparer.Ordinal).ThenBy(l => l.Port).Select(l =>
        {
            var listener = new JObject { ["port"] = l.Port, ["targetPort"] = l.TargetPort, ["protocol"] = l.Protocol };
            if (!string.IsNullOrEmpty(l.CertIds))
            {
                listener["certIds"] = l.CertIds;
            }

            if (!string.IsNullOrEmpty(l.CaCertId))
            {
                listener["caCertId"] = l.CaCertId;
            }

            return listener;
        }));
        return result;
    }

    /// <summary>A spec's <c>loadBalancers</c>, each checked before any call; a problem names the file, the application and the value.</summary>
    public static IList<SaeApplicationLoadBalancer> Read(JToken token, Func<string, Exception> bad)
    {
        var bindings = new List<SaeApplicationLoadBalancer>();
        foreach ((JObject binding, string at) in SpecJson.Objects(token, "loadBalancers", BindingKeys, bad))
        {
            var listeners = new List<SaeLoadBalancerListener>();
            JToken given = binding["listeners"] ?? throw bad("has " + at + " without a list of listeners");
            foreach ((JObject listener, string where) in SpecJson.Objects(given, at + ".listeners", ListenerKeys, bad))
            {
                int port = SpecJson.Number(listener, "port", where, bad) ?? throw bad("has " + where + " without a port");
                listeners.Add(new SaeLoadBalancerListener(port, SpecJson.Number(listener, "targetPort", where, bad) ?? port, SpecJson.Text(listener, "protocol", where, bad) ?? throw bad("has " + where + " without a protocol"))
                {
                    CertIds = SpecJson.Text(listener, "certIds", where, bad),
                    CaCertId = SpecJson.Text(listener, "caCertId", where, bad),
                });
            }

            LoadBalancerSpec spec = LoadBalancerSpec.Of(SpecJson.Text(binding, "kind", at, bad) ?? throw bad("has " + at + " without a kind (Clb or Nlb)"), SpecJson.Text(binding, "addressType", at, bad),
                SpecJson.Text(binding, "loadBalancerId", at, bad), listeners);
            if (spec.BindProblem() is string problem)
            {
                throw bad("has " + at + " that SAE would refuse: " + problem);
            }

            if (spec.IsClb && bindings.Any(b => b.Kind == LoadBalancerSpec.Clb && b.AddressType == spec.AddressType))
            {
                throw bad("has two " + spec.AddressType + " CLBs; an application has one CLB per side");
            }

            if (spec.LoadBalancerId != null && bindings.Any(b => b.LoadBalancerId == spec.LoadBalancerId))
            {
                throw bad("has the load balancer " + spec.LoadBalancerId + " twice");
            }

            bindings.Add(new SaeApplicationLoadBalancer { Kind = spec.Kind, AddressType = spec.AddressType, LoadBalancerId = spec.LoadBalancerId ?? string.Empty, Listeners = spec.Listeners });
        }

        return bindings;
    }

    /// <summary>
    /// The bindings with their ids mapped for the region they are applied in: an id in <paramref name="map"/> becomes its
    /// value (none: SAE buys one); another region's id that is not mapped is a clear error before any call.
    /// </summary>
    public static IReadOnlyList<SaeApplicationLoadBalancer> Mapped(SaeApplicationSpec spec, bool otherRegion, IReadOnlyDictionary<string, string?> map)
    {
        var result = new List<SaeApplicationLoadBalancer>();
        foreach (SaeApplicationLoadBalancer binding in spec.LoadBalancers ?? new List<SaeApplicationLoadBalancer>())
        {
            string id = binding.LoadBalancerId;
            if (id.Length > 0 && map.TryGetValue(id, out string? mapped))
            {
                id = mapped ?? string.Empty;
            }
            else if (id.Length > 0 && otherRegion)
            {
                throw new SaeConfigurationException("RegionBoundValue",
                    (spec.Source ?? "the spec") + ", application " + spec.AppName + ": its load balancer " + id + " belongs to another region; give -LoadBalancerId @{ '" + id
                    + "' = '<an id of the target region>' }, or @{ '" + id + "' = $null } for one SAE buys. Nothing was sent for it.");
            }

            result.Add(new SaeApplicationLoadBalancer { Kind = binding.Kind, AddressType = binding.AddressType, LoadBalancerId = id, Listeners = binding.Listeners });
        }

        return result;
    }

    /// <summary>
    /// What makes the live bindings those wanted: unbinds first (a side not wanted, a side on another CLB or losing a
    /// listener, an NLB not wanted, an NLB's listener not wanted), then binds (a side's listeners, an NLB's missing
    /// listeners, a new NLB). A wanted NLB without an id is the live one of its address type that no other claims.
    /// </summary>
    public static IReadOnlyList<LoadBalancerCall> Plan(IReadOnlyList<SaeApplicationLoadBalancer> wanted, IReadOnlyList<SaeApplicationLoadBalancer> live)
    {
        var unbinds = new List<LoadBalancerCall>();
        var binds = new List<LoadBalancerCall>();
        foreach (string side in new[] { LoadBalancerSpec.Internet, LoadBalancerSpec.Intranet })
        {
            SaeApplicationLoadBalancer? w = wanted.FirstOrDefault(b => b.Kind == LoadBalancerSpec.Clb && b.AddressType == side);
            SaeApplicationLoadBalancer? l = live.FirstOrDefault(b => b.Kind == LoadBalancerSpec.Clb && b.AddressType == side);
            bool otherClb = w != null && l != null && w.LoadBalancerId.Length > 0 && w.LoadBalancerId != l.LoadBalancerId;
            bool losing = w != null && l != null && l.Listeners.Any(x => !w.Listeners.Any(y => Same(x, y)));
            if (l != null && (w is null || otherClb || losing))
            {
                unbinds.Add(new LoadBalancerCall(false, Spec(LoadBalancerSpec.Clb, side, l.LoadBalancerId, Array.Empty<SaeLoadBalancerListener>()), l, w));
            }

            bool unbound = l is null || w is null || otherClb || losing;
            List<SaeLoadBalancerListener> missing = w is null ? new List<SaeLoadBalancerListener>() : w.Listeners.Where(x => unbound || !l!.Listeners.Any(y => Same(x, y))).ToList();
            if (w != null && missing.Count > 0)
            {
                string? id = w.LoadBalancerId.Length > 0 ? w.LoadBalancerId : unbound ? null : l!.LoadBalancerId;
                binds.Add(new LoadBalancerCall(true, Spec(LoadBalancerSpec.Clb, side, id, unbound ? w.Listeners : missing), unbound ? null : l, w));
            }
        }

        List<SaeApplicationLoadBalancer> liveNlbs = live.Where(b => b.Kind == LoadBalancerSpec.Nlb).ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(SaeApplicationLoadBalancer Wanted, SaeApplicationLoadBalancer? Live)>();
        foreach (SaeApplicationLoadBalancer w in wanted.Where(b => b.Kind == LoadBalancerSpec.Nlb && b.LoadBalancerId.Length > 0))
        {
            SaeApplicationLoadBalancer? l = liveNlbs.FirstOrDefault(b => b.LoadBalancerId == w.LoadBalancerId);
            if (l != null)
            {
                claimed.Add(l.LoadBalancerId);
            }

            pairs.Add((w, l));
        }

        foreach (SaeApplicationLoadBalancer w in wanted.Where(b => b.Kind == LoadBalancerSpec.Nlb && b.LoadBalancerId.Length == 0))
        {
            SaeApplicationLoadBalancer? l = liveNlbs.FirstOrDefault(b => !claimed.Contains(b.LoadBalancerId) && (w.AddressType is null || b.AddressType is null || b.AddressType == w.AddressType));
            if (l != null)
            {
                claimed.Add(l.LoadBalancerId);
            }

            pairs.Add((w, l));
        }

        foreach (SaeApplicationLoadBalancer gone in liveNlbs.Where(b => !claimed.Contains(b.LoadBalancerId)).OrderBy(b => b.LoadBalancerId, StringComparer.Ordinal))
        {
            unbinds.Add(new LoadBalancerCall(false, Spec(LoadBalancerSpec.Nlb, gone.AddressType, gone.LoadBalancerId, Array.Empty<SaeLoadBalancerListener>()), gone, null));
        }

        foreach ((SaeApplicationLoadBalancer w, SaeApplicationLoadBalancer? l) in pairs)
        {
            if (l is null)
            {
                binds.Add(new LoadBalancerCall(true, Spec(LoadBalancerSpec.Nlb, w.AddressType, w.LoadBalancerId.Length > 0 ? w.LoadBalancerId : null, w.Listeners), null, w));
                continue;
            }

            foreach (SaeLoadBalancerListener extra in l.Listeners.Where(x => !w.Listeners.Any(y => Same(x, y))))
            {
                unbinds.Add(new LoadBalancerCall(false, Spec(LoadBalancerSpec.Nlb, l.AddressType, l.LoadBalancerId, new[] { extra }), l, w));
            }

            List<SaeLoadBalancerListener> missing = w.Listeners.Where(x => !l.Listeners.Any(y => Same(x, y))).ToList();
            if (missing.Count > 0)
            {
                binds.Add(new LoadBalancerCall(true, Spec(LoadBalancerSpec.Nlb, l.AddressType, l.LoadBalancerId, missing), l, w));
            }
        }

        return unbinds.Concat(binds).ToList();
    }

    /// <summary>A binding as a message shows it: its spec JSON on one line.</summary>
    public static string Show(SaeApplicationLoadBalancer? binding) => binding is null ? "(none)" : ToJson(binding).ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>Two listeners alike: port, target port and protocol, and the certificates where the wanted one names them.</summary>
    private static bool Same(SaeLoadBalancerListener a, SaeLoadBalancerListener b) =>
        a.Port == b.Port && a.TargetPort == b.TargetPort && string.Equals(a.Protocol, b.Protocol, StringComparison.OrdinalIgnoreCase)
        && (string.IsNullOrEmpty(a.CertIds) || string.IsNullOrEmpty(b.CertIds) || a.CertIds == b.CertIds);

    private static LoadBalancerSpec Spec(string kind, string? addressType, string? id, IReadOnlyList<SaeLoadBalancerListener> listeners) =>
        LoadBalancerSpec.Of(kind, addressType, id, listeners);

    private static IEnumerable<SaeApplicationLoadBalancer> Ordered(IEnumerable<SaeApplicationLoadBalancer> bindings) =>
        bindings.OrderBy(b => b.Kind == LoadBalancerSpec.Clb ? 0 : 1).ThenBy(b => b.AddressType ?? string.Empty, StringComparer.Ordinal).ThenBy(b => b.LoadBalancerId, StringComparer.Ordinal);
}

/// <summary>One load-balancer call of a spec's plan: a bind or an unbind of <see cref="Spec"/>, with the live binding it changes and the one wanted.</summary>
internal sealed record LoadBalancerCall(bool Bind, LoadBalancerSpec Spec, SaeApplicationLoadBalancer? Live, SaeApplicationLoadBalancer? Wanted)
{
    /// <summary>The API it sends.</summary>
    public string Action => (Bind ? "Bind" : "Unbind") + (Spec.IsClb ? "Slb" : "Nlb");

    public string Property => "LoadBalancers." + Spec.Kind + (Spec.AddressType is null ? string.Empty : "." + Spec.AddressType) + (Spec.LoadBalancerId is null ? string.Empty : "." + Spec.LoadBalancerId);

    public override string ToString() => Action + " (" + Spec.Describe() + ")";
}
