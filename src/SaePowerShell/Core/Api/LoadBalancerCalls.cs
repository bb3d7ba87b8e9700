using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The load-balancer APIs of an application: DescribeApplicationSlbs and DescribeApplicationNlbs (what is bound),
/// BindSlb and UnbindSlb (a CLB on the Internet or Intranet side), BindNlb and UnbindNlb (an NLB, or one of its
/// listeners). Requests are built from the catalog, so the surface checks every name, type and required parameter;
/// the listeners go as the JSON strings SAE documents (<see cref="LoadBalancerSpec"/>).
/// </summary>
internal static class LoadBalancerCalls
{
    public static ApiRequest ListSlbs(ServiceLocation location, string appId, string? namespaceId) =>
        ApiCallBuilder.Build(SaeApi.DescribeApplicationSlbs, location, namespaceId, App(appId), null);

    public static ApiRequest ListNlbs(ServiceLocation location, string appId, string? namespaceId) =>
        ApiCallBuilder.Build(SaeApi.DescribeApplicationNlbs, location, namespaceId, App(appId), null);

    /// <summary>The read that shows a kind's load balancers.</summary>
    public static ApiRequest List(ServiceLocation location, string appId, string? namespaceId, string kind) =>
        kind == LoadBalancerSpec.Clb ? ListSlbs(location, appId, namespaceId) : ListNlbs(location, appId, namespaceId);

    /// <summary>BindSlb of one side: <paramref name="side"/> is that side's whole list (BindSlb replaces it), the CLB named when one is.</summary>
    public static ApiRequest BindSlb(ServiceLocation location, string appId, string? namespaceId, LoadBalancerSpec spec, IReadOnlyList<SaeLoadBalancerListener> side)
    {
        Dictionary<string, object?> given = App(appId);
        given[spec.AddressType!] = LoadBalancerSpec.ClbJson(side);
        given[spec.AddressType + "SlbId"] = spec.LoadBalancerId;
        return ApiCallBuilder.Build(SaeApi.BindSlb, location, namespaceId, given, Target(appId, namespaceId));
    }

    /// <summary>BindNlb: the listeners added to the NLB named, or to a new one of the address type SAE buys.</summary>
    public static ApiRequest BindNlb(ServiceLocation location, string appId, string? namespaceId, LoadBalancerSpec spec)
    {
        Dictionary<string, object?> given = App(appId);
        given["Listeners"] = spec.NlbJson();
        given["NlbId"] = spec.LoadBalancerId;
        given["AddressType"] = spec.LoadBalancerId is null ? spec.AddressType : null;
        return ApiCallBuilder.Build(SaeApi.BindNlb, location, namespaceId, given, Target(appId, namespaceId));
    }

    /// <summary>UnbindSlb of one side: its CLB and all its listeners.</summary>
    public static ApiRequest UnbindSlb(ServiceLocation location, string appId, string? namespaceId, string side)
    {
        Dictionary<string, object?> given = App(appId);
        given[side] = true;
        return ApiCallBuilder.Build(SaeApi.UnbindSlb, location, namespaceId, given, Target(appId, namespaceId));
    }

    /// <summary>UnbindNlb: the whole NLB, or the one listener given.</summary>
    public static ApiRequest UnbindNlb(ServiceLocation location, string appId, string? namespaceId, string nlbId, SaeLoadBalancerListener? listener)
    {
        Dictionary<string, object?> given = App(appId);
        given["NlbId"] = nlbId;
        given["Port"] = listener?.Port;
        given["Protocol"] = listener?.Protocol;
        return ApiCallBuilder.Build(SaeApi.UnbindNlb, location, namespaceId, given, Target(appId, namespaceId));
    }

    /// <summary>DescribeApplicationSlbs: a CLB per side that has one (its id not empty), Internet first.</summary>
    public static IReadOnlyList<SaeApplicationLoadBalancer> ParseSlbs(ApiResponse response, string appId, string? namespaceId, ServiceLocation location)
    {
        JToken? data = response.Data;
        var bound = new List<SaeApplicationLoadBalancer>();
        foreach (string side in new[] { LoadBalancerSpec.Internet, LoadBalancerSpec.Intranet })
        {
            if (JsonRead.NonEmptyString(data, side + "SlbId") is not string slbId)
            {
                continue;
            }

            bound.Add(Placed(new SaeApplicationLoadBalancer
            {
                AppName = JsonRead.NonEmptyString(data, "AppName"),
                Kind = LoadBalancerSpec.Clb,
                AddressType = side,
                LoadBalancerId = slbId,
                Address = JsonRead.NonEmptyString(data, side + "Ip"),
                ChargeType = JsonRead.NonEmptyString(data, side + "SlbChargeType"),
                Listeners = (JsonRead.Child(data, side) as JArray ?? new JArray()).OfType<JObject>().Select(l => new SaeLoadBalancerListener
                {
                    Port = JsonRead.Int(l, "Port") ?? 0,
                    TargetPort = JsonRead.Int(l, "TargetPort") ?? 0,
                    Protocol = JsonRead.String(l, "Protocol") ?? string.Empty,
                    CertIds = JsonRead.NonEmptyString(l, "HttpsCertId"),
                    CaCertId = JsonRead.NonEmptyString(l, "HttpsCaCertId"),
                }).ToList(),
            }, appId, namespaceId, location));
        }

        return bound;
    }

    /// <summary>DescribeApplicationNlbs: Data.Instances maps each NLB's id to its DNS name and its listeners (a map SAE keys as it likes).</summary>
    public static IReadOnlyList<SaeApplicationLoadBalancer> ParseNlbs(ApiResponse response, string appId, string? namespaceId, ServiceLocation location) =>
        (JsonRead.Child(response.Data, "Instances") as JObject ?? new JObject()).Properties().Where(p => p.Value is JObject).Select(p => Placed(new SaeApplicationLoadBalancer
        {
            Kind = LoadBalancerSpec.Nlb,
            LoadBalancerId = p.Name,
            Address = JsonRead.NonEmptyString(p.Value, "DnsName"),
            CreatedBySae = JsonRead.Bool(p.Value, "CreatedBySae"),
            Listeners = (JsonRead.Child(p.Value, "Listeners") as JObject ?? new JObject()).Properties().Select(l => l.Value).OfType<JObject>().Select(l => new SaeLoadBalancerListener
            {
                Port = JsonRead.Int(l, "Port") ?? 0,
                TargetPort = JsonRead.Int(l, "TargetPort") ?? 0,
                Protocol = JsonRead.String(l, "Protocol") ?? string.Empty,
                CertIds = JsonRead.NonEmptyString(l, "CertIds"),
                Status = JsonRead.NonEmptyString(l, "Status"),
            }).OrderBy(l => l.Port).ThenBy(l => l.Protocol, StringComparer.Ordinal).ToList(),
        }, appId, namespaceId, location)).ToList();

    /// <summary>The answer of the read <see cref="List"/> made for a kind.</summary>
    public static IReadOnlyList<SaeApplicationLoadBalancer> Parse(ApiResponse response, string appId, string? namespaceId, ServiceLocation location, string kind) =>
        kind == LoadBalancerSpec.Clb ? ParseSlbs(response, appId, namespaceId, location) : ParseNlbs(response, appId, namespaceId, location);

    private static SaeApplicationLoadBalancer Placed(SaeApplicationLoadBalancer bound, string appId, string? namespaceId, ServiceLocation location)
    {
        bound.AppId = appId;
        bound.NamespaceId = namespaceId;
        bound.RegionId = RegionIds.Of(namespaceId, location);
        return bound;
    }

    private static Dictionary<string, object?> App(string appId) => new Dictionary<string, object?> { ["AppId"] = appId };

    private static CallTarget Target(string appId, string? namespaceId)
    {
        string ns = namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId;
        return new CallTarget("the load balancers of application " + appId,
            where => "Look at them (Get-SaeApplicationLoadBalancer -AppId " + appId + ns + where + ") and the application's last change order (Get-SaeChangeOrder -AppId "
                + appId + ns + where + ") before trying again.");
    }
}
