using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The ingress calls (ListIngresses, DescribeIngress, CreateIngress, UpdateIngress, DeleteIngress). Requests are built from the catalog, so the surface checks
/// every name, type and required parameter; the answers' shapes are the surface's too (Data.IngressList[], paged;
/// Data). The two answers differ where SAE's models do (ListenerPort a string in the listing, a number in the
/// description): the records read either.
/// </summary>
internal static class IngressCalls
{
    /// <summary>SAE documents PageSize up to 100 for ListIngresses; a service refusing it is asked for the next.</summary>
    public static readonly IReadOnlyList<int> PageSizes = new[] { 100, 50, 10 };

    /// <summary>One page (from 1) of a namespace's ingresses, or with <paramref name="appId"/> those routing to it.</summary>
    public static ApiRequest List(ServiceLocation location, string namespaceId, string? appId, int page, int pageSize) =>
        SaeRequests.ListIngresses(location, namespaceId, namespaceId: namespaceId, appId: appId, currentPage: page, pageSize: pageSize);

    public static ApiRequest Describe(ServiceLocation location, long ingressId, string? namespaceId) =>
        SaeRequests.DescribeIngress(location, namespaceId, ingressId: ingressId);

    /// <summary>CreateIngress in a namespace, from a spec <see cref="IngressSpec.Problem"/> found sound.</summary>
    public static ApiRequest Create(ServiceLocation location, string namespaceId, IngressSpec spec)
    {
        var values = new Dictionary<string, object?> { ["NamespaceId"] = namespaceId };
        foreach (KeyValuePair<string, object?> pair in spec.Wire())
        {
            values[pair.Key] = pair.Value;
        }

        return ApiCallBuilder.Build(SaeApi.CreateIngress, location, namespaceId, values,
            new CallTarget("a new ingress on port " + spec.ListenerPort + " of namespace " + namespaceId,
                where => "Look at the namespace's ingresses (Get-SaeIngress -NamespaceId " + namespaceId + where + ") before trying again."));
    }

    /// <summary>UpdateIngress of what is given (ListenerPort a string, as UpdateIngress declares it).</summary>
    public static ApiRequest Update(ServiceLocation location, SaeIngress ingress, IngressSpec spec)
    {
        var values = new Dictionary<string, object?> { ["IngressId"] = ingress.IngressId };
        foreach (KeyValuePair<string, object?> pair in spec.Wire())
        {
            values[pair.Key] = pair.Key == "ListenerPort" && pair.Value is int port ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : pair.Value;
        }

        return ApiCallBuilder.Build(SaeApi.UpdateIngress, location, ingress.NamespaceId, values,
            CallTarget.InNamespace("ingress", "Get-SaeIngress", ingress.NamespaceId, ingress.Name));
    }

    public static ApiRequest Delete(ServiceLocation location, SaeIngress ingress) =>
        SaeRequests.DeleteIngress(location, ingress.NamespaceId, ingressId: ingress.IngressId, callTarget: CallTarget.InNamespace("ingress", "Get-SaeIngress", ingress.NamespaceId, ingress.Name));

    /// <summary>ListIngresses: Data.IngressList[] and Data.TotalSize (a page without a total is all there is).</summary>
    public static Page<SaeIngress> ParsePage(ApiResponse response, string namespaceId, ServiceLocation location)
    {
        List<SaeIngress> items = (JsonRead.Child(response.Data, "IngressList") as JArray ?? new JArray()).OfType<JObject>()
            .Select(item => NamespacedRecord.Placed(Read(item), namespaceId, location)).ToList();
        return new Page<SaeIngress>(items, JsonRead.Int(response.Data, "TotalSize") ?? items.Count);
    }

    /// <summary>DescribeIngress: Data is the ingress.</summary>
    public static SaeIngress ParseOne(ApiResponse response, string? namespaceId, ServiceLocation location) =>
        NamespacedRecord.Placed(Read(response.Data as JObject ?? new JObject()), namespaceId, location);

    /// <summary>An ingress with its default rule, a single object the generated reader does not type.</summary>
    internal static SaeIngress Read(JObject item)
    {
        SaeIngress ingress = SaeIngress.Read(item);
        ingress.DefaultRule = JsonRead.Child(item, "DefaultRule") is JObject rule && JsonRead.String(rule, "AppId") is { Length: > 0 } ? SaeIngressRule.Read(rule) : null;
        return ingress;
    }
}
