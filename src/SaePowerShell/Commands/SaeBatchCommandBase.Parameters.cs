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

    /// <summary>
    /// <para type="description">How many namespaces are called at the same time (default 4). SAE allows about 60 calls a minute per account.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>
    /// <para type="description">Wait until the change orders finish, showing their progress, and write them in their final state. A change order that fails, is terminated or does not finish within -Timeout becomes one error per application in it.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>
    /// <para type="description">With -Wait: how many seconds to wait for the change orders to finish (default 1800).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int Timeout { get; set; } = 1800;
}
