using System.Collections.Generic;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>RestartInstances and DeleteInstances: some instances of one application, their ids in one comma-separated list.</summary>
internal static class InstancesCall
{
    public static ApiRequest Request(ApplicationAction action, ServiceLocation location, AppTarget target, IReadOnlyList<string> instanceIds)
    {
        ApiRequest request = ApplicationChangeCall.For(action.Api, location, target.AppId, target.NamespaceId).With("InstanceIds", string.Join(",", instanceIds));
        request.Target = CallTarget.Instances(target.AppId, target.NamespaceId, instanceIds);
        return request;
    }
}
