using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The namespace APIs the cmdlets call (CreateNamespace, UpdateNamespace, DeleteNamespace, DescribeNamespace), built
/// from the catalog so the surface checks them, and the one namespace their answers describe.
/// </summary>
internal static class NamespaceCalls
{
    public static ApiRequest Create(ServiceLocation location, NamespaceSettings wanted)
    {
        ApiRequest request = Build(SaeApi.CreateNamespace, location, wanted.NamespaceId, Values(wanted));
        request.Target = new CallTarget("namespace " + wanted.NamespaceId,
            where => "Look for it (Get-SaeNamespace " + wanted.NamespaceId + where + ") before trying again.");
        return request;
    }

    public static ApiRequest Update(ServiceLocation location, NamespaceSettings wanted)
    {
        ApiRequest request = Build(SaeApi.UpdateNamespace, location, wanted.NamespaceId, Values(wanted));
        request.Target = new CallTarget("namespace " + wanted.NamespaceId,
            where => "Read it back (Get-SaeNamespace " + wanted.NamespaceId + where + ") before trying again.");
        return request;
    }

    public static ApiRequest Delete(ServiceLocation location, string namespaceId)
    {
        ApiRequest request = Build(SaeApi.DeleteNamespace, location, namespaceId, new Dictionary<string, object?>());
        request.Target = new CallTarget("namespace " + namespaceId,
            where => "Look at it (Get-SaeNamespace " + namespaceId + where + ") before trying again.");
        return request;
    }

    public static ApiRequest Describe(ServiceLocation location, string namespaceId) => Build(SaeApi.DescribeNamespace, location, namespaceId, new Dictionary<string, object?>());

    /// <summary>The namespace an answer's Data describes (CreateNamespace, UpdateNamespace and DescribeNamespace answer the same shape).</summary>
    public static SaeNamespace Parse(ApiResponse response, string namespaceId, ServiceLocation location)
    {
        JToken? data = response.Data;
        string id = JsonRead.NonEmptyString(data, "NamespaceId") ?? namespaceId;
        return new SaeNamespace
        {
            NamespaceId = id,
            NamespaceName = JsonRead.String(data, "NamespaceName"),
            RegionId = JsonRead.NonEmptyString(data, "RegionId") ?? RegionIds.FromNamespaceId(id) ?? location.RegionId ?? string.Empty,
            NamespaceShortId = JsonRead.NonEmptyString(data, "NameSpaceShortId") ?? ShortIdOf(id),
            Custom = id.IndexOf(':') >= 0,
            Description = JsonRead.String(data, "NamespaceDescription"),
            EnableMicroRegistration = JsonRead.Bool(data, "EnableMicroRegistration"),
        };
    }

    /// <summary>The part of a namespace id after its region: staging for cn-hangzhou:staging.</summary>
    public static string? ShortIdOf(string namespaceId)
    {
        int colon = namespaceId.IndexOf(':');
        return colon >= 0 && colon < namespaceId.Length - 1 ? namespaceId.Substring(colon + 1) : null;
    }

    private static Dictionary<string, object?> Values(NamespaceSettings wanted)
    {
        var values = new Dictionary<string, object?> { ["NamespaceName"] = wanted.Name };
        if (wanted.Description != null)
        {
            values["NamespaceDescription"] = wanted.Description;
        }

        if (wanted.EnableMicroRegistration.HasValue)
        {
            values["EnableMicroRegistration"] = wanted.EnableMicroRegistration.Value;
        }

        return values;
    }

    private static ApiRequest Build(SaeApi api, ServiceLocation location, string namespaceId, Dictionary<string, object?> values)
    {
        values["NamespaceId"] = namespaceId;
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find(api.Action)!, values, location, api);
        request.NamespaceId = namespaceId;
        return request;
    }
}
