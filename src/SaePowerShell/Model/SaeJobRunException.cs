namespace SaePowerShell;

/// <summary>A job run ended in failure, or did not end in the time allowed. ErrorId: JobRunFailed or WaitTimeout.</summary>
public sealed class SaeJobRunException : SaeException
{
    /// <summary>Creates the exception for a run that did not succeed.</summary>
    public SaeJobRunException(SaeJobRun run, string errorId, SaeErrorCategory category, string message)
        : base(errorId, category, message, errorId == "WaitTimeout"
            ? "Look at the run again later (Get-SaeJobHistory -AppId " + run.AppId + ")."
            : "Look at the job's instances and their logs in the SAE console, fix the cause, and run it again (Start-SaeJob).")
    {
        Run = run;
    }

    /// <summary>The run as last seen.</summary>
    public SaeJobRun Run { get; }
}
