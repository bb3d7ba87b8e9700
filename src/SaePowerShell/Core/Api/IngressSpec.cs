using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// An ingress as New-SaeIngress and Set-SaeIngress are given it, typed (a null is "not given"): its load balancer (clb
/// or alb, its id unless SAE buys one, its address type), its listener, certificates, default rule and rules. <see cref="Problem"/>
/// checks it against what SAE documents, naming the value, before anything is sent; <see cref="Wire"/> is the
/// CreateIngress or UpdateIngress parameters (the rules as SAE's JSON); <see cref="Differing"/> and <see cref="Holds"/>
/// are what Set-SaeIngress sends and what a lost answer's read-back judges by.
/// </summary>
internal sealed record IngressSpec(
    string? LoadBalancerType,
    string? LoadBalancerId,
    string? AddressType,
    int? ListenerPort,
    string? ListenerProtocol,
    string? CertId,
    string? CertIds,
    SaeIngressRule? DefaultRule,
    IReadOnlyList<SaeIngressRule>? Rules,
    string? Description)
{
    public static readonly IReadOnlyList<string> LoadBalancerTypes = new[] { "clb", "alb" };

    public static readonly IReadOnlyList<string> Protocols = new[] { "HTTP", "HTTPS" };

    public static readonly IReadOnlyList<string> BackendProtocols = new[] { "http", "https", "grpc" };

    /// <summary>What is wrong with what is given, naming the value, or null.</summary>
    public string? Problem()
    {
        if (LoadBalancerType != null && !LoadBalancerTypes.Contains(LoadBalancerType))
        {
            return "The load balancer type '" + LoadBalancerType + "' is not one of clb, alb.";
        }

        if (LoadBalancerId != null && LoadBalancerType != null && !LoadBalancerId.StartsWith(LoadBalancerType == "clb" ? "lb-" : "alb-", StringComparison.Ordinal))
        {
            return "The load balancer id '" + LoadBalancerId + "' is not a" + (LoadBalancerType == "clb" ? " CLB's (lb-...)" : "n ALB's (alb-...)") + ".";
        }

        if (ListenerPort is int port && (port < 1 || port > 65535))
        {
            return "The listener port " + port + " is not between 1 and 65535.";
        }

        if (ListenerProtocol != null && !Protocols.Contains(ListenerProtocol))
        {
            return "The listener protocol '" + ListenerProtocol + "' is not one of HTTP, HTTPS.";
        }

        if (ListenerProtocol == "HTTPS" && string.IsNullOrEmpty(CertId) && string.IsNullOrEmpty(CertIds))
        {
            return "An HTTPS listener needs its certificate: -CertId on a CLB, -CertIds on an ALB.";
        }

        foreach (SaeIngressRule rule in (DefaultRule is null ? Array.Empty<SaeIngressRule>() : new[] { DefaultRule }).Concat(Rules ?? Array.Empty<SaeIngressRule>()))
        {
            if (RuleProblem(rule) is string problem)
            {
                return problem;
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (SaeIngressRule rule in Rules ?? Array.Empty<SaeIngressRule>())
        {
            if (!seen.Add((rule.Domain ?? string.Empty) + (rule.Path ?? string.Empty)))
            {
                return "The rule for " + (rule.Domain ?? "any domain") + (rule.Path ?? string.Empty) + " is given twice.";
            }
        }

        return null;
    }

    private static string? RuleProblem(SaeIngressRule rule)
    {
        string where = "The rule for " + (rule.Domain ?? "any domain") + (rule.Path ?? string.Empty);
        if (Input.InputRules.AppIdProblem(rule.AppId) is string app)
        {
            return where + ": " + app;
        }

        if (rule.ContainerPort < 1 || rule.ContainerPort > 65535)
        {
            return where + " has the container port " + rule.ContainerPort + ", not between 1 and 65535.";
        }

        if (rule.Path != null && !rule.Path.StartsWith("/", StringComparison.Ordinal))
        {
            return where + " has the path '" + rule.Path + "', which does not start with /.";
        }

        if (rule.BackendProtocol != null && !BackendProtocols.Contains(rule.BackendProtocol))
        {
            return where + " has the backend protocol '" + rule.BackendProtocol + "', not one of http, https, grpc.";
        }

        return null;
    }

    /// <summary>The parameters of what is given, by SAE's names.</summary>
    public IReadOnlyDictionary<string, object?> Wire()
    {
        var wire = new Dictionary<string, object?>(StringComparer.Ordinal);
        Put(wire, "LoadBalanceType", LoadBalancerType);
        Put(wire, "SlbId", LoadBalancerId);
        Put(wire, "AddressType", AddressType);
        Put(wire, "ListenerPort", ListenerPort);
        Put(wire, "ListenerProtocol", ListenerProtocol);
        Put(wire, "CertId", CertId);
        Put(wire, "CertIds", CertIds);
        Put(wire, "DefaultRule", DefaultRule is null ? null : JsonConvert.SerializeObject(Json(DefaultRule, withRoute: false)));
        Put(wire, "Rules", Rules is null ? null : JsonConvert.SerializeObject(Rules.Select(r => Json(r, withRoute: true))));
        Put(wire, "Description", Description);
        return wire;
    }

    /// <summary>This spec with only what <paramref name="current"/> does not have already (Set-SaeIngress sends that).</summary>
    public IngressSpec Differing(SaeIngress current) => new IngressSpec(
        null,
        null,
        null,
        ListenerPort == current.ListenerPort ? null : ListenerPort,
        ListenerProtocol == null || string.Equals(ListenerProtocol, current.ListenerProtocol, StringComparison.OrdinalIgnoreCase) ? null : ListenerProtocol,
        CertId == null || CertId == (current.CertId ?? string.Empty) ? null : CertId,
        CertIds == null || CertIds == (current.CertIds ?? string.Empty) ? null : CertIds,
        DefaultRule == null || (current.DefaultRule != null && SameRule(DefaultRule, current.DefaultRule)) ? null : DefaultRule,
        Rules == null || SameRules(Rules, current.Rules) ? null : Rules,
        Description == null || Description == (current.Description ?? string.Empty) ? null : Description);

    /// <summary>Whether nothing is given.</summary>
    public bool IsEmpty => Wire().Count == 0;

    /// <summary>Whether <paramref name="read"/> has every value given (a read-back of a change, a look-up of a create).</summary>
    public bool Holds(SaeIngress read) => Differing(read).IsEmpty
        && (LoadBalancerType == null || string.Equals(LoadBalancerType, read.LoadBalancerType, StringComparison.OrdinalIgnoreCase))
        && (LoadBalancerId == null || LoadBalancerId == read.LoadBalancerId);

    private static bool SameRules(IReadOnlyList<SaeIngressRule> given, IReadOnlyList<SaeIngressRule> current) =>
        given.Count == current.Count && given.All(g => current.Any(c => SameRule(g, c)));

    // SAE fills in the backend protocol (http) and an empty domain or path; given as absent, they are equal to those.
    private static bool SameRule(SaeIngressRule given, SaeIngressRule current) =>
        given.AppId == current.AppId && given.ContainerPort == current.ContainerPort
        && string.Equals(given.Domain ?? string.Empty, current.Domain ?? string.Empty, StringComparison.OrdinalIgnoreCase)
        && (given.Path ?? string.Empty) == (current.Path ?? string.Empty)
        && string.Equals(given.BackendProtocol ?? "http", current.BackendProtocol ?? "http", StringComparison.OrdinalIgnoreCase)
        && (given.RewritePath ?? string.Empty) == (current.RewritePath ?? string.Empty);

    private static Dictionary<string, object> Json(SaeIngressRule rule, bool withRoute)
    {
        var json = new Dictionary<string, object> { ["appId"] = rule.AppId, ["containerPort"] = rule.ContainerPort };
        if (withRoute && rule.Domain != null)
        {
            json["domain"] = rule.Domain;
        }

        if (withRoute && rule.Path != null)
        {
            json["path"] = rule.Path;
        }

        if (rule.BackendProtocol != null)
        {
            json["backendProtocol"] = rule.BackendProtocol;
        }

        if (withRoute && rule.RewritePath != null)
        {
            json["rewritePath"] = rule.RewritePath;
        }

        return json;
    }

    private static void Put(Dictionary<string, object?> wire, string name, object? value)
    {
        if (value != null)
        {
            wire[name] = value;
        }
    }
}
