using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateJob: each given setting replaces the template's (Replicas too), the others are kept; runs already started
/// keep what they started with. A one-batch CoUpdateJob change order reports it. Answers AppId and ChangeOrderId.
/// </summary>
internal sealed partial class UpdateJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeJob job = JobDescription.Find(call);
        int replicas = ApplicationCall.Replicas(call, "Replicas", job.Replicas);
        var configuration = JobConfiguration.Read(call, Name, job.Configuration);
        ChangeOrder order = world.CreateJobOrder(ChangeOrderKind.UpdateJob, job.AppId, job.NamespaceId);
        world.ReplaceJob(job, job with { Replicas = replicas, Configuration = configuration, LastChangeOrderId = order.ChangeOrderId });
        return Answer(new() { AppId = job.AppId, ChangeOrderId = order.ChangeOrderId });
    }
}
