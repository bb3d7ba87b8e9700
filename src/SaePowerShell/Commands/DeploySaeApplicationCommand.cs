using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Deploys a new image or code package to SAE applications, one DeployApplication call per application.</para>
/// <para type="description">Deploy-SaeApplication deploys a Serverless App Engine application: a new image (-ImageUrl), or a code package and its version (-PackageUrl, -PackageVersion). It takes applications from the pipeline (Get-SaeApplication output, or any object or hashtable with AppId and NamespaceId) or ids with -NamespaceId, asks for confirmation per application when -Confirm or -WhatIf is given, then makes one DeployApplication call per application, several at a time (-ThrottleLimit) and under SAE's quota. -BatchCount and -ReleaseType say how it rolls out: with -ReleaseType Manual each next batch waits until Resume-SaeChangeOrder confirms it. -Parameter takes any other official DeployApplication parameter by name (Envs, Replicas, Jdk, ...), checked against SAE's API surface before anything is sent. It writes one SaeChangeOrder per application; with -Wait it waits until each finishes, or stops to wait for its next batch to be confirmed. A deploy whose answer is lost is never sent again blindly: the application's change orders are read to find out whether it went through. A failure becomes one non-terminating error per input, whose ErrorId is SAE's error code.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Deploy-SaeApplication -ImageUrl registry.cn-hangzhou.aliyuncs.com/demo/web:2.0 -Wait</code>
/// <para>Deploys a new image to web-frontend and returns when the change order has finished.</para>
/// </example>
/// <example>
/// <code>$order = Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Deploy-SaeApplication -ImageUrl registry.cn-hangzhou.aliyuncs.com/demo/web:2.0 -BatchCount 2 -ReleaseType Manual -Wait
/// Get-SaeApplicationInstance -AppId $order.AppId -NamespaceId cn-hangzhou:demo    # look at the first batch
/// $order | Resume-SaeChangeOrder -Wait                                          # then release the second</code>
/// <para>A manual release in two batches: -Wait returns when the first batch is done and the second waits; Resume-SaeChangeOrder releases it (Stop-SaeChangeOrder -Rollback would end it and restore the old version).</para>
/// </example>
/// <example>
/// <code>Deploy-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo -PackageUrl https://example.com/order-api-1.4.jar -PackageVersion 1.4 -Parameter @{ Jdk = 'Open JDK 17'; Replicas = 3 }</code>
/// <para>Deploys a JAR package, setting two more official DeployApplication parameters by name.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication -RegionId cn-hangzhou -Name 'order-*' | Deploy-SaeApplication -ImageUrl registry.cn-hangzhou.aliyuncs.com/demo/order:3.1 -Description 'Release 3.1' -WhatIf</code>
/// <para>Shows which applications would be deployed, without deploying them.</para>
/// </example>
// "Deploy" is an approved verb (Lifecycle) that PowerShell Standard's VerbsLifecycle does not list.
[Cmdlet("Deploy", "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ImageInputSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Deploy-SaeApplication.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class DeploySaeApplicationCommand : SaeReleaseCommandBase
{
    private const string ImageInputSet = "ImageInputObject";
    private const string ImageIdSet = "ImageAppId";
    private const string PackageInputSet = "PackageInputObject";
    private const string PackageIdSet = "PackageAppId";

    private IReadOnlyDictionary<string, object?> _extra = new Dictionary<string, object?>();
    private DeploySpec? _spec;

    /// <summary>
    /// <para type="description">Applications from the pipeline: SaeApplication objects (from Get-SaeApplication), any object or hashtable with AppId and NamespaceId, or application id strings together with -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ImageInputSet)]
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PackageInputSet)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The ids of the applications, all in the namespace given by -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ImageIdSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PackageIdSet)]
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
    /// <para type="description">The image to deploy, such as registry.cn-hangzhou.aliyuncs.com/demo/web:2.0.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ImageInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = ImageIdSet)]
    [ValidateNotNullOrEmpty]
    public string? ImageUrl { get; set; }

    /// <summary>
    /// <para type="description">The code package to deploy (a JAR, WAR or zip), at a URL SAE can read.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = PackageInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = PackageIdSet)]
    [ValidateNotNullOrEmpty]
    public string? PackageUrl { get; set; }

    /// <summary>
    /// <para type="description">The version of the code package, such as 1.4.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = PackageInputSet)]
    [Parameter(Mandatory = true, ParameterSetName = PackageIdSet)]
    [ValidateNotNullOrEmpty]
    public string? PackageVersion { get; set; }

    /// <summary>
    /// <para type="description">The package's type, such as FatJar, War or PythonZip. By default a .jar is FatJar, a .war is War, and SAE keeps the application's type otherwise.</para>
    /// </summary>
    [Parameter(ParameterSetName = PackageInputSet)]
    [Parameter(ParameterSetName = PackageIdSet)]
    [ArgumentCompleter(typeof(PackageTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string? PackageType { get; set; }

    /// <summary>
    /// <para type="description">The description of the change order (SAE's ChangeOrderDesc), shown in the console.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Description { get; set; }

    /// <summary>
    /// <para type="description">Any other official DeployApplication parameter by its name, such as @{ Envs = '[{"name":"LOG_LEVEL","value":"debug"}]'; Replicas = 3 }. Names and types are checked against SAE's API surface before anything is sent; a parameter the cmdlet has its own parameter for (ImageUrl, UpdateStrategy, ...) is refused here.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Parameter { get; set; }

    internal override string ActionText => "Deploy " + (_spec?.What ?? ImageUrl ?? PackageUrl);

    internal override string Verb => "deploy " + (_spec?.What ?? ImageUrl ?? PackageUrl) + " to";

    internal override string Activity => "Deploying SAE applications";

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _extra = ExtraParameters();
        _spec = new DeploySpec(ImageUrl, PackageUrl, PackageVersion, PackageType ?? PackageTypeOf(PackageUrl), Description, Strategy, _extra);
    }

    /// <inheritdoc />
    internal override void ProcessInput() =>
        AcceptApplications(ParameterSetName == ImageInputSet || ParameterSetName == PackageInputSet, InputObject, AppId, NamespaceId);

    internal override ApplicationChange Build(AppTarget target, string description, IReadOnlyList<string?> items, IReadOnlyList<object?> inputs, IReadOnlyList<string?> inputItems)
    {
        DeploySpec spec = _spec!;
        return new ApplicationChange(ApplicationAction.Deploy, target, location => DeployApplicationCall.Request(location, target, spec), inputs, description);
    }

    /// <summary>-Parameter as plain values, refused as a whole (before any input) when a name is not DeployApplication's or a value not of its type.</summary>
    private IReadOnlyDictionary<string, object?> ExtraParameters()
    {
        var extra = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Parameter ?? new Hashtable())
        {
            extra[entry.Key.ToString() ?? string.Empty] = PowerShellValues.Unwrap(entry.Value);
        }

        if (DeployApplicationCall.Conflict(extra) is string taken)
        {
            ThrowTerminatingError(ErrorRecordFactory.Invalid("ParameterGivenTwice",
                "-Parameter names " + taken + ", which Deploy-SaeApplication sets from its own parameters (-ImageUrl, -PackageUrl, -PackageVersion, -PackageType, -Description, -BatchCount, -ReleaseType, -BatchWaitTime, -MinReadyInstances, -MinReadyInstanceRatio, and the piped AppId); give it there.", Parameter));
        }

        try
        {
            DeployApplicationCall.Check(extra);
        }
        catch (SaeConfigurationException ex)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(ex, Parameter));
        }

        return extra;
    }

    private static string? PackageTypeOf(string? packageUrl)
    {
        string path = packageUrl is null ? string.Empty : (Uri.TryCreate(packageUrl, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : packageUrl);
        return path.EndsWith(".jar", StringComparison.OrdinalIgnoreCase) ? "FatJar"
            : path.EndsWith(".war", StringComparison.OrdinalIgnoreCase) ? "War"
            : null;
    }
}
