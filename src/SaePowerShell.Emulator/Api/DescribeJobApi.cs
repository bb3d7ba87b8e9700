using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeJob: the template, every field the surface declares; a JobId must be one of its runs.</summary>
internal sealed partial class DescribeJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeJob job = JobDescription.Find(call);
        if (call.Optional("JobId") is { Length: > 0 } jobId)
        {
            _ = JobDescription.FindRun(job, jobId);
        }

        return AnswerFields(JobDescription.Template(call.World, job));
    }
}
