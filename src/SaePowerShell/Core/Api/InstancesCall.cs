using System.Collections.Generic;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>RestartInstances and DeleteInstances: some instances of one application, their ids in one comma-separated list.</summary>
internal static class InstancesCall
{
    public static ApiRequest Request(ApplicationAction action, ServiceLocation location, AppTarget target, IReadOnlyList<string> instanceIds)
    {
        var given = new Dictionary<string, object?> { ["AppId"] = target.AppId, ["InstanceIds"] = string.Join(",", instanceIds) };
        return ApiCallBuilder.Build(action.Api, location, target.NamespaceId, given, CallTarget.Instances(target.AppId, target.NamespaceId, instanceIds)).About(target.AppId);
    }
}
