using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>RollbackApplication: back to one of the application's versions (ListAppVersions), rolled out as the strategy says.</summary>
internal static class RollbackApplicationCall
{
    public static ApiRequest Request(ServiceLocation location, AppTarget target, string versionId, ReleaseStrategy strategy) =>
        strategy.AddTo(SaeRequests.RollbackApplication(location, target.NamespaceId, appId: target.AppId, versionId: versionId).About(target.AppId));
}
