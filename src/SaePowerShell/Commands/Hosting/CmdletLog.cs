using System;
using SaePowerShell.Core.Diagnostics;

namespace SaePowerShell.Commands.Hosting;

/// <summary>Hands the core's messages to the pipeline thread, which writes them to the verbose and debug streams.</summary>
internal sealed class CmdletLog : ISaeLog
{
    private readonly PipelineDispatcher _dispatcher;
    private readonly Action<string> _verbose;
    private readonly Action<string> _debug;

    public CmdletLog(PipelineDispatcher dispatcher, Action<string> verbose, Action<string> debug)
    {
        _dispatcher = dispatcher;
        _verbose = verbose;
        _debug = debug;
    }

    public void Verbose(string message) => _dispatcher.Post(() => _verbose(message));

    public void Debug(string message) => _dispatcher.Post(() => _debug(message));
}
