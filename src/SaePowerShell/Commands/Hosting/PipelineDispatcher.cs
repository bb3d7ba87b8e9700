using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// Runs work on the pipeline thread. PowerShell's streams may only be written from that thread, so the core's
/// messages from worker threads are queued here and executed while the pipeline thread waits for a task.
/// </summary>
internal sealed class PipelineDispatcher : IDisposable
{
    private static readonly Action Wake = () => { };

    private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();

    public void Post(Action action)
    {
        try
        {
            _queue.Add(action);
        }
        catch (InvalidOperationException)
        {
            // Completed or disposed: the command has ended, and a late message from a cancelled call has nowhere to go.
        }
    }

    /// <summary>Waits for the task on the pipeline thread, running queued work meanwhile; Ctrl+C stops the wait at once.</summary>
    public T Run<T>(Task<T> task, CancellationToken cancellationToken)
    {
        Wait(task, cancellationToken);
        return task.GetAwaiter().GetResult();
    }

    public void Wait(Task task, CancellationToken cancellationToken)
    {
        task.ContinueWith(_ => Post(Wake), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            while (!task.IsCompleted)
            {
                _queue.Take(cancellationToken)();
            }
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }

        Drain();
    }

    public void Drain()
    {
        while (_queue.TryTake(out Action? action))
        {
            action();
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _queue.Dispose();
    }
}
