using System.Management.Automation;
using SaePowerShell.Commands.Completion;

namespace SaePowerShell.Commands;

/// <summary>The parameters of the batch verbs: what to act on, how many namespaces at a time, and whether to wait.</summary>
public abstract partial class SaeBatchCommandBase
{
    /// <summary>
    /// <para type="description">Applications from the pipeline: SaeApplication objects (from Get-SaeApplication), any object or hashtable with AppId and NamespaceId (and optionally RegionId), or application id strings together with -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The ids of the applications, all in the namespace given by -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AppIdSet)]
    [AllowNull]
    [AllowEmptyString]
    [AllowEmptyCollection]
    [Alias("AppIds")]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string?[]? AppId { get; set; }

    /// <summary>
    /// <para type="description">The namespace, such as cn-shanghai:prod (a bare region id such as cn-shanghai is that region's default namespace). With application ids, the namespace they are in; given alone, every application in the namespace is acted on, after a confirmation that -Force skips.</para>
    /// </summary>
    [Parameter(ParameterSetName = InputObjectSet)]
    [Parameter(ParameterSetName = AppIdSet)]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(Mandatory = true, ParameterSetName = NamespaceSet)]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">With -NamespaceId alone: act on every application of the namespace without asking first.</para>
    /// </summary>
    [Parameter(ParameterSetName = NamespaceSet)]
    public SwitchParameter Force { get; set; }
}
