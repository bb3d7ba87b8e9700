using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// SuspendJob: Suspend true suspends the job (its trigger fires no more), false resumes it; runs already started go
/// on, and ExecJob still runs it. A GET that acts. Data is the AppId.
/// </summary>
internal sealed partial class SuspendJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeJob job = JobDescription.Find(call);
        if (call.Optional("Suspend") is null)
        {
            throw new SaeException(SaeErrors.NotEmpty("Suspend"));
        }

        call.World.ReplaceJob(job, job with { Suspend = call.OptionalBool("Suspend", job.Suspend) });
        return Answer(job.AppId);
    }
}
