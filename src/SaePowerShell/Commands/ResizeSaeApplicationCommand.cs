using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Scales SAE applications: how many instances (RescaleApplication), or how much CPU and memory each has (RescaleApplicationVertically).</para>
/// <para type="description">Resize-SaeApplication changes the size of Serverless App Engine applications, one call per application, several at a time under SAE's quota. -Replicas sets how many instances run (RescaleApplication); -Cpu and -Memory set each instance's CPU in millicores and memory in MB (RescaleApplicationVertically). It takes applications from the pipeline (Get-SaeApplication output, or any object or hashtable with AppId and NamespaceId) or ids with -NamespaceId, asks for confirmation per application with -Confirm or -WhatIf, and writes one SaeChangeOrder per application; with -Wait it waits until they finish. A rescale whose answer is lost is never sent again blindly. A failure becomes one non-terminating error per input, whose ErrorId is SAE's error code.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Resize-SaeApplication -Replicas 3 -Wait</code>
/// <para>Scales order-api to three instances and returns when they run.</para>
/// </example>
/// <example>
/// <code>Resize-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -Cpu 2000 -Memory 4096</code>
/// <para>Gives each instance of one application 2 cores and 4 GB of memory.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication -RegionId cn-shanghai | Where-Object RunningInstances -gt 4 | Resize-SaeApplication -Replicas 4 -MinReadyInstances 2 -WhatIf</code>
/// <para>Shows which applications would be scaled down to four instances, keeping at least two ready, without doing it.</para>
/// </example>
[Cmdlet(VerbsCommon.Resize, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ReplicasInputSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Resize-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class ResizeSaeApplicationCommand : SaeReadyInstancesCommandBase
{
    private const string ReplicasInputSet = "ReplicasInputObject";
    private const string ReplicasIdSet = "ReplicasAppId";
    private const string SpecInputSet = "SpecInputObject";
    private const string SpecIdSet = "SpecAppId";

    /// <summary>
    /// <para type="description">Applications from the pipeline: SaeApplication objects (from Get-SaeApplication), any object or hashtable with AppId and NamespaceId, or application id strings together with -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ReplicasInputSet)]
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = SpecInputSet)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The ids of the applications, all in the namespace given by -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ReplicasIdSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = SpecIdSet)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string[] AppId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the applications, such as cn-hangzhou:demo; with application ids, it is required; with piped applications, their own namespace is used.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">How many instances each application runs after the change (RescaleApplication).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ReplicasInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = ReplicasIdSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Replicas { get; set; }

    /// <summary>
    /// <para type="description">The CPU of each instance, in millicores (1000 is one core), with -Memory (RescaleApplicationVertically).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = SpecInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = SpecIdSet)]
    [ValidateRange(1, int.MaxValue)]
    public int Cpu { get; set; }

    /// <summary>
    /// <para type="description">The memory of each instance, in MB, with -Cpu (RescaleApplicationVertically).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = SpecInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = SpecIdSet)]
    [ValidateRange(1, int.MaxValue)]
    public int Memory { get; set; }

    private bool Vertical => ParameterSetName == SpecInputSet || ParameterSetName == SpecIdSet;

    internal override string ActionText => Vertical ? "Resize to " + Cpu + " millicores and " + Memory + " MB per instance" : "Scale to " + Replicas + " instance(s)";

    internal override string Verb => Vertical ? "resize the instances of" : "scale";

    internal override string Activity => "Scaling SAE applications";

    /// <inheritdoc />
    internal override void ProcessInput() =>
        AcceptApplications(ParameterSetName == ReplicasInputSet || ParameterSetName == SpecInputSet, InputObject, AppId, NamespaceId);

    internal override ApplicationChange Build(AppTarget target, string description, IReadOnlyList<string?> items, IReadOnlyList<object?> inputs, IReadOnlyList<string?> inputItems)
    {
        ReleaseStrategy strategy = Strategy;
        if (Vertical)
        {
            int cpu = Cpu, memory = Memory;
            return new ApplicationChange(ApplicationAction.RescaleVertically, target, location => RescaleApplicationCall.Vertical(location, target, cpu, memory, strategy), inputs, description);
        }

        int replicas = Replicas;
        return new ApplicationChange(ApplicationAction.Rescale, target, location => RescaleApplicationCall.Horizontal(location, target, replicas, strategy), inputs, description);
    }
}
