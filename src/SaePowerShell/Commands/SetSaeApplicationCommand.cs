using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Commands.Specs;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: each
// application's configuration read once, planned (ApplicationUpdatePlanner), asked about with the calls named, and
// the calls made in order; with -Wait, the change orders waited on together at the end.
public sealed partial class SetSaeApplicationCommand
{
    private readonly DistinctApplications _applications = new DistinctApplications();
    private readonly PendingChangeOrders _orders = new PendingChangeOrders();
    private readonly ChangeOrderLedger _ledger = new ChangeOrderLedger();
    private ApplicationSettings? _wanted;
    private SpecWorld? _world;
    private int _specCalls;
    private int _specApplications;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (ParameterSetName == "Spec" || InputValue.Unwrap(InputObject) is SaeApplicationSpec)
        {
            ApplySpecs(ParameterSetName == "Spec" ? Spec! : new object?[] { InputObject });
            return;
        }

        if (_wanted is null && !TryReadSettings(out _wanted))
        {
            return;
        }

        foreach ((AppInput input, AppTarget _, ServiceLocation location) in _applications.Of(this, ParameterSetName == "InputObject", InputObject, AppId, NamespaceId))
        {
            Change(input, location, _wanted!);
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (_specApplications > 0)
        {
            SayPlanTotal();
        }

        _orders.WaitAll(this, CommandContext, ChangeWait.Of(true, Timeout, PollIntervalSec)!, WriteObject);
    }

    /// <summary>
    /// Each spec planned against its live application, asked about with its calls named, and applied in the plan's
    /// order; one that is already as its spec makes no call.
    /// </summary>
    private void ApplySpecs(IEnumerable<object?> given)
    {
        _world ??= new SpecWorld(Client);
        var overrides = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string name, string? value) in new[] { ("VpcId", VpcId), ("VSwitchId", VSwitchId), ("SecurityGroupId", SecurityGroupId) })
        {
            if (value != null)
            {
                overrides[name] = value;
            }
        }

        var loadBalancerIds = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in LoadBalancerId ?? new System.Collections.Hashtable())
        {
            loadBalancerIds[Input.InputValue.Key(entry.Key)] = InputValue.Unwrap(entry.Value) is object id && InputValue.Text(id) is { Length: > 0 } text ? text : null;
        }

        foreach ((SaeApplicationSpec? spec, SaeConfigurationException? error, object input) in SpecInputs.Read(this, given))
        {
            if (spec is null)
            {
                WriteError(ErrorRecordFactory.FromException(error!, input));
                continue;
            }

            string namespaceId = NamespaceId ?? spec.NamespaceId;
            string subject = "application " + spec.AppName + " in " + namespaceId;
            if (!TryLocate(namespaceId, RegionId, input, out ServiceLocation location))
            {
                continue;
            }

            try
            {
                (SpecPlan plan, LiveNamespace _) = Await(_world.PlanAsync(spec, namespaceId, location, overrides, CancellationToken, loadBalancerIds));
                _specApplications++;
                _specCalls += plan.CallCount;
                if (plan.CallCount == 0)
                {
                    WriteVerbose(subject + " already is as its spec; nothing is sent.");
                    continue;
                }

                foreach (SaeApplicationDifference unchangeable in plan.Differences.Where(d => d.Call.StartsWith("none", StringComparison.Ordinal)))
                {
                    WriteWarning(subject + ": " + unchangeable.Property + " differs (" + unchangeable.Live + " live, " + unchangeable.Wanted + " wanted), and is " + unchangeable.Call.Substring("none: ".Length) + ".");
                }

                if (!ShouldProcess(subject + ": " + string.Join("; then ", plan.CallNames()), "Apply the spec"))
                {
                    continue;
                }

                foreach (SaeChangeOrder order in Await(SpecApply.RunAsync(Client, location, plan, _ledger, input, CancellationToken)))
                {
                    if (Wait && order.ChangeOrderId.Length > 0)
                    {
                        _orders.Add(order, order);
                    }
                    else
                    {
                        WriteObject(order);
                    }
                }
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, input, "Could not apply the spec of " + subject));
            }
        }
    }

    /// <summary>The plan's size: calls, and the time they take at the account's quota (under -WhatIf, what they would).</summary>
    private void SayPlanTotal()
    {
        var quota = Client.Quota;
        string time = quota is null
            ? "with no quota kept"
            : "at " + quota + ", about " + Math.Ceiling(_specCalls * quota.Window.TotalSeconds / quota.Permits).ToString(System.Globalization.CultureInfo.InvariantCulture) + " s of calls";
        string total = "Plan: " + _specCalls + " state-changing call(s) for " + _specApplications + " application(s), " + time + ".";
        if (MyInvocation.BoundParameters.ContainsKey("WhatIf"))
        {
            WriteInformation(new System.Management.Automation.HostInformationMessage { Message = "What if: " + total }, new[] { "PSHOST" });
        }
        else
        {
            WriteVerbose(total);
        }
    }

    private void Change(AppInput input, ServiceLocation location, ApplicationSettings wanted)
    {
        try
        {
            ApiResponse read = Await(Client.SendAsync(DescribeApplicationConfigCall.Request(location, input.Target!.AppId, input.Target.NamespaceId, null), CancellationToken));
            SaeApplicationConfig current = DescribeApplicationConfigCall.Parse(read, input.Target.AppId, input.Target.NamespaceId, null, location);
            IReadOnlyList<PlannedCall> plan = ApplicationUpdatePlanner.Plan(current, wanted);
            if (plan.Count == 0)
            {
                WriteVerbose("Application " + input.Description + " already is as given; nothing is sent.");
                return;
            }

            foreach (PlannedCall call in plan)
            {
                // Built here only to check it against the surface: a bad value is this input's error before any change.
                ApplicationUpdate.Request(location, input.Target, call);
            }

            if (!ShouldProcess(input.Description + ": " + string.Join("; then ", plan.Select(c => c.ToString())), "Update"))
            {
                return;
            }

            foreach (PlannedCall call in plan)
            {
                WriteVerbose("Application " + input.Description + ": " + call + ", was " + string.Join(", ", call.Changes.Select(name => name + " " + FieldComparison.Show(current.Fields.Contains(name) ? current.Fields[name] : null))) + ".");
                SaeChangeOrder? order = Await(ApplicationUpdate.RunAsync(Client, location, input.Target, call, _ledger, CancellationToken));
                if (order is null)
                {
                    continue;
                }

                if (Wait)
                {
                    _orders.Add(order, order);
                }
                else
                {
                    WriteObject(order);
                }
            }
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, input.Input, "Could not change application " + input.Description));
        }
    }

    /// <summary>The settings given, read once; -Parameter naming what a parameter of the cmdlet sets is refused, as is giving nothing.</summary>
    private bool TryReadSettings(out ApplicationSettings? settings)
    {
        settings = null;
        try
        {
            // What goes through DeployApplication: -Parameter and the container's values; the narrow APIs' values never do.
            Dictionary<string, object?> deploy = OfficialValues.Merge(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), Parameter,
                OfficialValues.OfContainer(ImageUrl, PackageUrl, PackageVersion, Environment, Command, CommandArgs, Liveness, Readiness),
                new[] { "Replicas", "Cpu", "Memory", "SecurityGroupId", "VSwitchId", "AppId" }, "Set-SaeApplication");

            // Checked once against DeployApplication's surface (names, types), before any input is read.
            DeployApplicationCall.Check(deploy);
            settings = new ApplicationSettings(Replicas, Cpu, Memory, SecurityGroupId, VSwitchId, Description, deploy);
            if (settings.IsEmpty)
            {
                throw new SaeConfigurationException("NothingToSet", "Give at least one value to change (-Replicas, -Cpu, -Memory, -ImageUrl, -Environment, ...): there is nothing to change.");
            }

            return true;
        }
        catch (SaeException ex)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(ex, Parameter));
            return false;
        }
    }
}
