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

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The mechanism behind the cmdlets that change one application per call (Deploy-, Resize-, Restore-SaeApplication,
/// Restart- and Remove-SaeApplicationInstance), as a part each holds: confirm each input as it arrives, then at the
/// end make one call per application (inputs naming the same application share it), several at a time under the
/// quota, and write one change order per call or one error per input, in the order the applications first appeared.
/// The cmdlet says how one application's call is built; it calls back only on the pipeline thread.
/// </summary>
internal sealed class ApplicationChanges
{
    private readonly SaeCmdletBase _cmdlet;
    private readonly Func<AcceptedApplication, ApplicationChange> _build;
    private readonly ApplicationPlan _planner;

    /// <param name="cmdlet">The cmdlet that holds the part.</param>
    /// <param name="build">The call for one application, once every input has been read.</param>
    /// <param name="mergesItems">Whether inputs for one application add their items to its call (see <see cref="ApplicationPlan"/>).</param>
    public ApplicationChanges(SaeCmdletBase cmdlet, Func<AcceptedApplication, ApplicationChange> build, bool mergesItems = false)
    {
        _cmdlet = cmdlet;
        _build = build;
        _planner = Planner.ByApplication(mergesItems);
    }

    /// <summary>The applications of one record: the piped object, or each id of -AppId in -NamespaceId.</summary>
    public static IEnumerable<AppInput> ReadApplications(bool piped, PSObject? inputObject, IEnumerable<string> appIds, string? namespaceId) =>
        (piped ? new PSObject?[] { inputObject } : appIds.Select(id => (PSObject?)new PSObject(id))).Select(each => AppInputReader.Read(each, namespaceId));

    /// <summary>Accepts every application of one record for a call that needs nothing more of each.</summary>
    public void AcceptApplications(bool piped, PSObject? inputObject, IEnumerable<string> appIds, string? namespaceId, string action)
    {
        foreach (AppInput input in ReadApplications(piped, inputObject, appIds, namespaceId))
        {
            Accept(input, null, input.Description, action);
        }
    }

    /// <summary>
    /// Takes one input: an error when it is not usable, else asked about (ShouldProcess, so -WhatIf makes no call and
    /// "Yes to All" works) and kept for its application's call. <paramref name="item"/> is what the input adds to the
    /// call (an instance id, a version id), <paramref name="target"/> how ShouldProcess names it, and
    /// <paramref name="action"/> what it asks about.
    /// </summary>
    public void Accept(AppInput input, string? item, string target, string action)
    {
        if (input.Target is null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
            return;
        }

        if (!_cmdlet.ShouldProcess(target, action))
        {
            return;
        }

        if (_planner.Add(input.Target, input.Description, item) is Rejection rejection)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(rejection.ErrorId, rejection.Message, input.Input));
        }
    }

    /// <summary>
    /// The end of the pipeline: one call per application accepted, made on worker threads by <paramref name="call"/>
    /// (made on the pipeline thread, from values only; by default one <see cref="ApplicationChangeCaller"/> call).
    /// </summary>
    public void End(ChangeRun run, Func<CommandContext, ApplicationChange, ChangeOrderLedger, CancellationToken, Task<SaeChangeOrder>>? call = null)
    {
        if (_planner.Applications.Count == 0)
        {
            return;
        }

        List<ApplicationChange> changes = _planner.Applications.Select(_build).ToList();
        int inputs = _planner.Applications.Sum(p => p.Inputs.Count);
        _cmdlet.WriteVerbose(run.Action + ": " + changes.Count + " application(s) in " + changes.Count + " call(s)"
            + (inputs > changes.Count ? "; " + inputs + " inputs share them" : string.Empty) + ".");
        var ledger = new ChangeOrderLedger();
        Func<CommandContext, ApplicationChange, ChangeOrderLedger, CancellationToken, Task<SaeChangeOrder>> each = call ?? CallOne;
        string verb = run.Verb;
        ChangeOrderFanOut.Run(_cmdlet, changes, run.ThrottleLimit, run.Activity, (context, change, token) => each(context, change, ledger, token),
            (change, error) => WriteChangeError(change, error, verb), run.Wait);
    }

    private static Task<SaeChangeOrder> CallOne(CommandContext context, ApplicationChange change, ChangeOrderLedger ledger, CancellationToken token) =>
        ApplicationChangeCaller.CallAsync(context.Client, change, context.Locator.Locate(change.Target.NamespaceId, change.Target.RegionId), ledger, token);

    /// <summary>One error per input of the call: every input is accounted for once.</summary>
    private void WriteChangeError(ApplicationChange change, Exception error, string verb)
    {
        foreach (object? input in change.Inputs)
        {
            _cmdlet.WriteError(ErrorRecordFactory.FromException(error, input, "Could not " + verb + " application " + change.Description));
        }
    }
}
