using System.Collections.Generic;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>The namespace APIs the cmdlets call (DeleteNamespace, DescribeNamespace), built from the catalog so the surface checks them.</summary>
internal static class NamespaceCalls
{
    public static ApiRequest Delete(ServiceLocation location, string namespaceId)
    {
        ApiRequest request = Build(SaeApi.DeleteNamespace, location, namespaceId);
        request.Target = new CallTarget("namespace " + namespaceId,
            where => "Look at it (Get-SaeNamespace " + namespaceId + where + ") before trying again.");
        return request;
    }

    public static ApiRequest Describe(ServiceLocation location, string namespaceId) => Build(SaeApi.DescribeNamespace, location, namespaceId);

    private static ApiRequest Build(SaeApi api, ServiceLocation location, string namespaceId)
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find(api.Action)!, new Dictionary<string, object?> { ["NamespaceId"] = namespaceId }, location, api);
        request.NamespaceId = namespaceId;
        return request;
    }
}
