using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// CreateApplication per input, its values checked against the surface before it is asked about; with -Wait, the
// creations' change orders waited on together at the end.
public sealed partial class NewSaeApplicationCommand
{
    private readonly PendingChangeOrders _creating = new PendingChangeOrders();

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        string namespaceId = NamespaceId!;
        string appName = AppName!;
        string subject = "application '" + appName + "' in " + namespaceId;
        if (!TryLocate(namespaceId, RegionId, appName, out ServiceLocation location))
        {
            return;
        }

        Dictionary<string, object?> values;
        try
        {
            values = Values(location);
            // Built once here only to check it: a bad value is this input's error before anything is asked or sent.
            CreateApplicationCall.Request(location, namespaceId, appName, values);
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, (object?)InputObject ?? appName, "Could not create " + subject));
            return;
        }

        string what = values.TryGetValue("ImageUrl", out object? image) && image != null ? "image " + image : "package " + (values.TryGetValue("PackageUrl", out object? package) ? package : "?");
        if (!ShouldProcess(subject + " (" + what + ", " + values["Replicas"] + " replicas; CreateApplication)", "Create"))
        {
            return;
        }

        try
        {
            SaeChangeOrder order = Await(ApplicationCreation.CreateAsync(Client, location, namespaceId, appName, values, CancellationToken));
            WriteVerbose("Creating " + subject + " as " + order.AppId + " (change order " + order.ChangeOrderId + ").");
            if (Wait && order.ChangeOrderId.Length > 0)
            {
                _creating.Add(order, order, "Creating application " + order.AppId + " did not finish");
            }
            else
            {
                WriteObject(order);
            }
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, (object?)InputObject ?? appName, "Could not create " + subject));
        }
    }

    /// <inheritdoc />
    internal override void EndInput() =>
        _creating.WaitAll(this, CommandContext, ChangeWait.Of(true, Timeout, PollIntervalSec)!, WriteObject);

    /// <summary>
    /// The CreateApplication parameters, by their official names: a piped configuration's (its network only within
    /// its region), then -Parameter, then the cmdlet's own parameters, each later one winning.
    /// </summary>
    private Dictionary<string, object?> Values(ServiceLocation location)
    {
        var leftOut = new List<string>();
        if (InputObject != null)
        {
            string? from = InputObject.RegionId ?? RegionIds.FromNamespaceId(InputObject.NamespaceId ?? string.Empty);
            string? to = RegionIds.FromNamespaceId(NamespaceId!) ?? location.RegionId;
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                leftOut.AddRange(CreateApplicationCall.RegionBound);
                WriteVerbose("Cloning " + InputObject.AppId + " from " + from + " into " + to + ": its " + string.Join(", ", CreateApplicationCall.RegionBound) + " stay behind (give them for the new region, or the namespace's are used).");
            }
        }

        Dictionary<string, object?> values = InputObject is null
            ? new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            : CreateApplicationCall.FromConfiguration(InputObject, leftOut);
        OfficialValues.Merge(values, Parameter, Own(), Array.Empty<string>(), "New-SaeApplication");

        if (!values.ContainsKey("PackageType") && values.ContainsKey("ImageUrl"))
        {
            values["PackageType"] = "Image";
        }

        if (!values.TryGetValue("Replicas", out object? replicas) || replicas is null)
        {
            values["Replicas"] = 1;
        }

        return values;
    }

    /// <summary>The cmdlet's own parameters that were given, by the official names they set.</summary>
    private Dictionary<string, object?> Own()
    {
        Dictionary<string, object?> own = OfficialValues.OfContainer(ImageUrl, PackageUrl, PackageVersion, Environment, Command, CommandArgs, Liveness, Readiness);
        foreach (KeyValuePair<string, object?> pair in OfficialValues.Given(new Dictionary<string, object?>
        {
            ["PackageType"] = PackageType,
            ["Replicas"] = Replicas,
            ["Cpu"] = Cpu,
            ["Memory"] = Memory,
            ["AppDescription"] = Description,
            ["VpcId"] = VpcId,
            ["VSwitchId"] = VSwitchId,
            ["SecurityGroupId"] = SecurityGroupId,
        }))
        {
            own[pair.Key] = pair.Value;
        }

        return own;
    }
}
