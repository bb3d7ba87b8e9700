using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the events of SAE applications and their instances: what SAE and Kubernetes did, and what went wrong.</para>
/// <para type="description">Get-SaeApplicationEvent calls ListAppEvents, every page, for each application, or for a whole namespace when only -NamespaceId is given, and writes SaeApplicationEvent objects: when it happened, Normal or Warning, what it is about (the application, an instance), the reason and the message. -EventType, -ObjectKind, -ObjectName (a prefix) and -Reason narrow them down at SAE, before they are sent. It takes applications from the pipeline (Get-SaeApplication output) by property name, or ids with -NamespaceId; namespaces (Get-SaeNamespace output) list a namespace's events.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationEvent -EventType Warning</code>
/// <para>Shows the warnings of order-api, such as an instance that keeps crashing.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplicationEvent -NamespaceId cn-hangzhou:demo -ObjectKind Pod | Group-Object Reason | Sort-Object Count -Descending</code>
/// <para>Counts what happened to the instances of a whole namespace, by reason.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplicationEvent", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplicationEvent.md")]
[OutputType(typeof(SaeApplicationEvent))]
public sealed class GetSaeApplicationEventCommand : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">The ids of the applications; bound from piped applications by property name. Without it, the events of the whole namespace.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string[] AppId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the applications (or whose events to list), such as cn-hangzhou:demo. Bound from the pipeline by property name.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string NamespaceId { get; set; } = string.Empty;

    /// <summary>
    /// <para type="description">Only events of this type: Normal, or Warning (a potential problem).</para>
    /// </summary>
    [Parameter]
    [ValidateSet("Normal", "Warning")]
    public string? EventType { get; set; }

    /// <summary>
    /// <para type="description">Only events about this kind of object: Deployment or CloneSet (the application), Pod (an instance), Service (its load balancer), HorizontalPodAutoscaler (its scaling rule).</para>
    /// </summary>
    [Parameter]
    [ValidateSet("Deployment", "Pod", "Service", "HorizontalPodAutoscaler", "CloneSet")]
    public string? ObjectKind { get; set; }

    /// <summary>
    /// <para type="description">Only events about objects whose name starts with this, such as an instance id.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ObjectName { get; set; }

    /// <summary>
    /// <para type="description">Only events with this reason, such as Killing, Started or BackOff.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Reason { get; set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (InputRules.NamespaceIdProblem(NamespaceId) is string namespaceProblem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", namespaceProblem, NamespaceId));
            return;
        }

        if (AppId.Length == 0)
        {
            List(null);
            return;
        }

        foreach (string id in AppId)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
                continue;
            }

            List(id);
        }
    }

    private void List(string? appId)
    {
        object target = (object?)appId ?? NamespaceId;
        if (!TryLocate(NamespaceId, null, target, out ServiceLocation location))
        {
            return;
        }

        var filter = new AppEventFilter(appId, EventType, ObjectKind, ObjectName, Reason);
        ForEachPage(
            (page, size) => ListAppEventsCall.Request(location, NamespaceId, filter, page, size),
            response => ListAppEventsCall.Parse(response, NamespaceId, appId, location),
            ListAppEventsCall.KeyOf,
            ListAppEventsCall.PageSizes,
            e => WriteObject(e),
            target,
            "Could not list the events of " + (appId is null ? "namespace " + NamespaceId : "application " + appId));
    }
}
