using System;
using System.Collections;
using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: a
// single-application change whose release is an image or a package, with any other DeployApplication parameter by
// name. "Deploy" is an approved verb (Lifecycle) that PowerShell Standard's VerbsLifecycle does not list.
public sealed partial class DeploySaeApplicationCommand
{
    private const string ImageInputSet = "ImageInputObject";
    private const string PackageInputSet = "PackageInputObject";

    private ApplicationChanges? _changes;
    private DeploySpec? _spec;

    private ApplicationChanges Changes => _changes ??= new ApplicationChanges(this, Build);

    private string What => _spec?.What ?? ImageUrl ?? PackageUrl ?? string.Empty;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        ReleaseStrategy strategy = Rollout.Release(this, Rollout.ReadyInstances(this, MinReadyInstances, MinReadyInstanceRatio), BatchCount, ReleaseType, BatchWaitTime);
        IReadOnlyDictionary<string, object?> extra = ExtraParameters();
        _spec = new DeploySpec(ImageUrl, PackageUrl, PackageVersion, PackageType ?? PackageTypeOf(PackageUrl), Description, strategy, extra);
    }

    /// <inheritdoc />
    internal override void ProcessInput() =>
        Changes.AcceptApplications(ParameterSetName == ImageInputSet || ParameterSetName == PackageInputSet, InputObject, AppId, NamespaceId, "Deploy " + What);

    /// <inheritdoc />
    internal override void EndInput() =>
        Changes.End(new ChangeRun(ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), "Deploy " + What, "deploy " + What + " to", "Deploying SAE applications"));

    private ApplicationChange Build(AcceptedApplication accepted)
    {
        DeploySpec spec = _spec!;
        AppTarget target = accepted.Target;
        return new ApplicationChange(ApplicationAction.Deploy, target, location => DeployApplicationCall.Request(location, target, spec), accepted.Inputs, accepted.Description);
    }

    /// <summary>-Parameter as plain values, refused as a whole (before any input) when a name is not DeployApplication's or a value not of its type.</summary>
    private IReadOnlyDictionary<string, object?> ExtraParameters()
    {
        Dictionary<string, object?> extra = OfficialValues.OfParameter(Parameter);

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
