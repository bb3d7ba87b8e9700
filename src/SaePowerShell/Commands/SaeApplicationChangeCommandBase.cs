using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

/// <summary>
/// The mechanism behind the cmdlets that change one application per call (Deploy-, Resize-, Restore-SaeApplication,
/// Restart- and Remove-SaeApplicationInstance): confirm each input as it arrives, then in EndProcessing make one call
/// per application (inputs naming the same application share it), several at a time under the quota, and write one
/// change order per call or one error per input, in the order the applications first appeared.
/// </summary>
public abstract class SaeApplicationChangeCommandBase : SaeChangeCommandBase
{
    private readonly List<Pending> _pending = new List<Pending>();
    private readonly Dictionary<string, Pending> _byApp = new Dictionary<string, Pending>(StringComparer.Ordinal);

    /// <summary>What ShouldProcess names as the action, such as "Deploy registry.example.com/web:2.0".</summary>
    internal abstract string ActionText { get; }

    /// <summary>For errors, lower case: "Could not {verb} application ...", such as "deploy" or "restart the instances of".</summary>
    internal abstract string Verb { get; }

    /// <summary>For the progress bar: "Deploying SAE applications".</summary>
    internal abstract string Activity { get; }

    /// <summary>
    /// Whether inputs for one application add their items (instance ids) to its one call; otherwise they must agree
    /// (one version to roll back to) and only share it.
    /// </summary>
    internal virtual bool MergesItems => false;

    /// <summary>
    /// The call for one application, once every input has been read: <paramref name="items"/> holds each item once,
    /// <paramref name="inputItems"/> the item of each of <paramref name="inputs"/>.
    /// </summary>
    internal abstract ApplicationChange Build(AppTarget target, string description, IReadOnlyList<string?> items, IReadOnlyList<object?> inputs, IReadOnlyList<string?> inputItems);

    /// <summary>
    /// How each call is made, on worker threads: made here, on the pipeline thread, from values only. By default one
    /// <see cref="ApplicationChangeCaller"/> call per application.
    /// </summary>
    internal virtual Func<CommandContext, ApplicationChange, CancellationToken, Task<SaeChangeOrder>> Caller(ChangeOrderLedger ledger) =>
        (context, change, token) => ApplicationChangeCaller.CallAsync(context.Client, change, context.Locator.Locate(change.Target.NamespaceId, change.Target.RegionId), ledger, token);

    /// <summary>What is left to write once every call has been answered (and waited for).</summary>
    internal virtual void AfterCalls()
    {
    }

    /// <summary>
    /// Takes one input: an error when it is not usable, else asked about (ShouldProcess, so -WhatIf makes no call and
    /// "Yes to All" works) and kept for its application's call. <paramref name="item"/> is what the input adds to the
    /// call (an instance id, a version id), <paramref name="target"/> how ShouldProcess names it, and
    /// <paramref name="action"/> what it asks about when this input's action differs from <see cref="ActionText"/>.
    /// </summary>
    internal void Accept(AppInput input, string? item, string target, string? action = null)
    {
        if (input.Target is null)
        {
            WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
            return;
        }

        if (!ShouldProcess(target, action ?? ActionText))
        {
            return;
        }

        AppTarget app = input.Target;
        if (!_byApp.TryGetValue(app.AppId, out Pending? pending))
        {
            pending = new Pending(app, input.Description);
            _byApp[app.AppId] = pending;
            _pending.Add(pending);
        }
        else if (!string.Equals(pending.Target.NamespaceId, app.NamespaceId, StringComparison.Ordinal))
        {
            WriteError(ErrorRecordFactory.Invalid("NamespaceConflict", "Application '" + app.AppId + "' was given in namespace '" + pending.Target.NamespaceId + "' and in '" + app.NamespaceId
                + "'; an application is in one namespace. This input was left out.", input.Input));
            return;
        }
        else if (!MergesItems && !string.Equals(pending.Items[0], item, StringComparison.Ordinal))
        {
            WriteError(ErrorRecordFactory.Invalid("ConflictingInput", "Application '" + app.AppId + "' was given with '" + pending.Items[0] + "' and with '" + item
                + "'; one call per application can do only one of them. This input was left out.", input.Input));
            return;
        }

        if (pending.Items.Count == 0 || (MergesItems && !pending.Items.Contains(item)))
        {
            pending.Items.Add(item);
        }

        pending.Inputs.Add(input.Input);
        pending.InputItems.Add(item);
    }

    /// <summary>The applications of one record: the piped object, or each id of -AppId in -NamespaceId.</summary>
    internal static IEnumerable<AppInput> ReadApplications(bool piped, PSObject? inputObject, IEnumerable<string> appIds, string? namespaceId) =>
        (piped ? new PSObject?[] { inputObject } : appIds.Select(id => (PSObject?)new PSObject(id))).Select(each => AppInputReader.Read(each, namespaceId));

    /// <summary>Accepts every application of one record for a call that needs nothing more of each.</summary>
    internal void AcceptApplications(bool piped, PSObject? inputObject, IEnumerable<string> appIds, string? namespaceId)
    {
        foreach (AppInput input in ReadApplications(piped, inputObject, appIds, namespaceId))
        {
            Accept(input, null, input.Description);
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        List<ApplicationChange> changes = _pending.Select(p => Build(p.Target, p.Description, p.Items, p.Inputs, p.InputItems)).ToList();
        int inputs = _pending.Sum(p => p.Inputs.Count);
        WriteVerbose(ActionText + ": " + changes.Count + " application(s) in " + changes.Count + " call(s)"
            + (inputs > changes.Count ? "; " + inputs + " inputs share them" : string.Empty) + ".");
        Func<CommandContext, ApplicationChange, CancellationToken, Task<SaeChangeOrder>> call = Caller(new ChangeOrderLedger());
        ChangeOrderFanOut.Run(this, changes, ThrottleLimit, Activity, call, WriteChangeError, WaitSettings);
        AfterCalls();
    }

    /// <summary>One error per input of the call: every input is accounted for once.</summary>
    private void WriteChangeError(ApplicationChange change, Exception error)
    {
        foreach (object? input in change.Inputs)
        {
            WriteError(ErrorRecordFactory.FromException(error, input, "Could not " + Verb + " application " + change.Description));
        }
    }

    /// <summary>What has been accepted for one application so far.</summary>
    private sealed class Pending
    {
        public Pending(AppTarget target, string description)
        {
            Target = target;
            Description = description;
        }

        public AppTarget Target { get; }

        /// <summary>How messages name the application: its name and id, and its namespace.</summary>
        public string Description { get; }

        public List<string?> Items { get; } = new List<string?>();

        public List<object?> Inputs { get; } = new List<object?>();

        public List<string?> InputItems { get; } = new List<string?>();
    }
}
