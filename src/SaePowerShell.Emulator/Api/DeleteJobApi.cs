using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteJob: the template and its history are gone at once, runs in progress with them. Data is the AppId.</summary>
internal sealed partial class DeleteJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeJob job = JobDescription.Find(call);
        call.World.DeleteJob(job);
        return Answer(job.AppId);
    }
}
