using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Concurrency;
using SaePowerShell.Core.Context;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// The calls of a command that each answer a change order (a namespace group of a batch verb, one application of a
/// deploy), made concurrently on worker threads (at most the throttle limit at a time) and answered on the pipeline
/// thread in the items' order: a change order written, or, with -Wait, waited for and written in its final state;
/// a failure becomes the errors the command says it stands for (one per application, one per instance). An
/// exception that is not an <see cref="SaeException"/> is a bug: it stops the command rather than being spread over
/// the items as errors.
/// </summary>
internal static class ChangeOrderFanOut
{
    /// <summary>
    /// Calls <paramref name="call"/> for every item, with the command's context as a value; the workers never touch
    /// the cmdlet. <paramref name="failed"/> writes an item's failure, on the pipeline thread.
    /// </summary>
    public static void Run<TItem>(SaeCmdletBase cmdlet, IReadOnlyList<TItem> items, int throttleLimit, string activity,
        Func<CommandContext, TItem, CancellationToken, Task<SaeChangeOrder>> call, Action<TItem, Exception> failed, WaitSettings? wait)
    {
        // The whole context is resolved here, on the pipeline thread; the calls get it as a value.
        CommandContext context = cmdlet.CommandContext;
        IReadOnlyList<Task<Outcome<TItem>>> calls = ThrottledRunner.Start(items, throttleLimit, (item, token) => CallAsync(context, item, call, token), cmdlet.CancellationToken);
        var progress = new ProgressRecord(1, activity, "Calling SAE " + items.Count + " time(s)");
        bool showProgress = items.Count > 1;
        var started = new List<Outcome<TItem>>();
        for (int i = 0; i < calls.Count; i++)
        {
            if (showProgress)
            {
                progress.PercentComplete = i * 100 / calls.Count;
                progress.StatusDescription = "Waiting for " + items[i] + " (" + (i + 1) + " of " + calls.Count + ")";
                cmdlet.WriteProgress(progress);
            }

            Outcome<TItem> outcome = cmdlet.Await(calls[i]);
            if (outcome.ChangeOrder is null)
            {
                failed(outcome.Item, outcome.Error!);
            }
            else if (wait != null)
            {
                started.Add(outcome);
            }
            else
            {
                cmdlet.WriteObject(outcome.ChangeOrder);
            }
        }

        if (showProgress)
        {
            progress.RecordType = ProgressRecordType.Completed;
            cmdlet.WriteProgress(progress);
        }

        if (started.Count > 0)
        {
            var itemOf = started.ToDictionary(o => o.ChangeOrder!, o => o.Item);
            new ChangeOrderWaiter(cmdlet, context, wait!.Timeout, wait.FirstInterval).Wait(
                started.Select(o => o.ChangeOrder!).ToList(),
                (order, failure) =>
                {
                    if (failure is null)
                    {
                        cmdlet.WriteObject(order);
                    }
                    else
                    {
                        failed(itemOf[order], failure);
                    }
                },
                justCreated: true,
                judge: wait.Judge);
        }
    }

    /// <summary>One item's call, on a worker thread: it has only the values it was given, never the cmdlet.</summary>
    private static async Task<Outcome<TItem>> CallAsync<TItem>(CommandContext context, TItem item, Func<CommandContext, TItem, CancellationToken, Task<SaeChangeOrder>> call, CancellationToken cancellationToken)
    {
        try
        {
            return new Outcome<TItem>(item, await call(context, item, cancellationToken).ConfigureAwait(false), null);
        }
        catch (SaeException ex)
        {
            // What SAE or the set-up refused is this item's error; anything else is a bug, and stops the command.
            return new Outcome<TItem>(item, null, ex);
        }
    }

    /// <summary>What became of one call.</summary>
    private sealed record Outcome<TItem>(TItem Item, SaeChangeOrder? ChangeOrder, Exception? Error);
}
