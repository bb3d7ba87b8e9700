using System.Collections.Generic;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DeleteApplication (DELETE, AppId in the query), built from the catalog so the surface checks it; it answers Data.ChangeOrderId.</summary>
internal static class DeleteApplicationCall
{
    public static ApiRequest Request(ServiceLocation location, AppTarget app)
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find(SaeApi.DeleteApplication.Action)!, new Dictionary<string, object?> { ["AppId"] = app.AppId }, location, SaeApi.DeleteApplication);
        request.NamespaceId = app.NamespaceId;
        request.AppIds = new[] { app.AppId };
        request.Target = CallTarget.Applications(app.NamespaceId, request.AppIds);
        return request;
    }

    public static string? ParseChangeOrderId(ApiResponse response) => JsonRead.NonEmptyString(response.Data, "ChangeOrderId");
}
