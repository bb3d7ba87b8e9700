using System.Management.Automation;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands;

/// <summary>
/// The bottom of every cmdlet here: one cancellation source that Ctrl+C (StopProcessing) trips, and the dispatcher
/// that lets the pipeline thread wait for the core while it writes the core's messages. Only the pipeline thread
/// writes to PowerShell's streams.
/// </summary>
public abstract class CancellableCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

    internal PipelineDispatcher Dispatcher { get; } = new PipelineDispatcher();

    internal CancellationToken CancellationToken => _cancellation.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        _cancellation.Dispose();
        Dispatcher.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _cancellation.Cancel();

    /// <summary>Waits for the core on the pipeline thread, writing its messages as they come.</summary>
    internal T Await<T>(Task<T> task) => Dispatcher.Run(task, CancellationToken);
}
