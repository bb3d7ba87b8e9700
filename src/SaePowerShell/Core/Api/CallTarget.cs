using System.Collections.Generic;

namespace SaePowerShell.Core.Api;

/// <summary>
/// What a call acts on, named by its ids, and how a person looks at it afterwards: the words of a confirmation and
/// of an "outcome unknown". Applications are spoken of only for calls on applications.
/// </summary>
internal sealed record CallTarget(string Description, string HowToCheck)
{
    /// <summary>A batch or single-application call: its applications, and their change orders as the place to look.</summary>
    public static CallTarget Applications(string? namespaceId, IReadOnlyList<string> appIds)
    {
        string scope = namespaceId is null ? string.Empty : " in namespace " + namespaceId;
        string apps = appIds.Count == 0 ? "every application" : appIds.Count == 1 ? "application " + appIds[0] : appIds.Count + " application(s)";
        string check = appIds.Count == 1
            ? "Check the application's last change order (Get-SaeChangeOrder -AppId " + appIds[0] + (namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId) + ") before trying again."
            : "Check the applications' last change orders (Get-SaeChangeOrder -AppId, or the namespace's in the SAE console) before trying again.";
        return new CallTarget(apps + scope, check);
    }

    /// <summary>A change order, or one batch of it: the change order itself is where its fate shows.</summary>
    public static CallTarget ChangeOrder(string changeOrderId, string? pipelineId = null) =>
        new CallTarget((pipelineId is null ? string.Empty : "batch " + pipelineId + " of ") + "change order " + changeOrderId,
            "Check the change order (Get-SaeChangeOrder -ChangeOrderId " + changeOrderId + ") before trying again.");

    /// <summary>Instances of one application: its instances and change orders show what happened.</summary>
    public static CallTarget Instances(string appId, IReadOnlyCollection<string> instanceIds) =>
        new CallTarget(instanceIds.Count + " instance(s) (" + string.Join(", ", instanceIds) + ") of application " + appId,
            "Check the application's instances and last change order (Get-SaeApplicationInstance -AppId " + appId + ", Get-SaeChangeOrder -AppId " + appId + ") before trying again.");
}
