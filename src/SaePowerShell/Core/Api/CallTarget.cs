using System;
using System.Collections.Generic;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>
/// What a call acts on, named by its ids, and how a person looks at it afterwards: the words of a confirmation and
/// of an "outcome unknown". Applications are spoken of only for calls on applications. The commands it names carry
/// where the call went (<see cref="RerunArguments"/>), so that they run as printed in a fresh session.
/// </summary>
internal sealed record CallTarget(string Description, Func<string, string> CheckWith)
{
    /// <summary>How to look at the target, with the commands' -RegionId (and -Endpoint) of <paramref name="location"/>.</summary>
    public string HowToCheck(ServiceLocation? location) => CheckWith(RerunArguments.Of(location));

    /// <summary>A batch or single-application call: its applications, and their change orders as the place to look.</summary>
    public static CallTarget Applications(string? namespaceId, IReadOnlyList<string> appIds)
    {
        string scope = namespaceId is null ? string.Empty : " in namespace " + namespaceId;
        string apps = appIds.Count == 0 ? "every application" : appIds.Count == 1 ? "application " + appIds[0] : appIds.Count + " application(s)";
        string ns = namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId;
        return new CallTarget(apps + scope, where => appIds.Count == 1
            ? "Check the application's last change order (Get-SaeChangeOrder -AppId " + appIds[0] + ns + where + ") before trying again."
            : "Check the applications' last change orders (Get-SaeChangeOrder -AppId <id>" + ns + where + " for each, or the namespace's in the SAE console) before trying again.");
    }

    /// <summary>A change order, or one batch of it: the change order itself is where its fate shows.</summary>
    public static CallTarget ChangeOrder(string changeOrderId, string? pipelineId = null, string? namespaceId = null) =>
        new CallTarget((pipelineId is null ? string.Empty : "batch " + pipelineId + " of ") + "change order " + changeOrderId,
            where => "Check the change order (Get-SaeChangeOrder -ChangeOrderId " + changeOrderId + (namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId) + where + ") before trying again.");

    /// <summary>Instances of one application: its instances and change orders show what happened.</summary>
    public static CallTarget Instances(string appId, string? namespaceId, IReadOnlyCollection<string> instanceIds)
    {
        string ns = namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId;
        return new CallTarget(instanceIds.Count + " instance(s) (" + string.Join(", ", instanceIds) + ") of application " + appId,
            where => "Check the application's instances and last change order (Get-SaeApplicationInstance -AppId " + appId + ns + where + "; Get-SaeChangeOrder -AppId " + appId + ns + where + ") before trying again.");
    }

    /// <summary>A namespace's object (a config map, a secret) by name: its Get- cmdlet shows what happened.</summary>
    public static CallTarget InNamespace(string noun, string getCmdlet, string namespaceId, string name) =>
        new CallTarget("the " + noun + " '" + name + "' of namespace " + namespaceId,
            where => "Look at it (" + getCmdlet + " -NamespaceId " + namespaceId + " -Name " + name + where + ") before trying again.");
}
