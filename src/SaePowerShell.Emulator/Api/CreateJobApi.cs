using System.Text.RegularExpressions;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateJob: a job template in its namespace at once (ListJobs and DescribeJob find it; it does not run until it is
/// triggered), with AppName unique among the namespace's jobs, a size SAE sells, and a one-batch CoCreateJob change
/// order that reports it. Answers AppId and ChangeOrderId.
/// </summary>
internal sealed partial class CreateJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string appName = call.Required("AppName");
        if (!AppNamePattern().IsMatch(appName))
        {
            throw new SaeException(SaeErrors.WithMessage("AppName", $"'{appName}' must start with a letter and hold only letters, digits and hyphens, at most 36 of them."));
        }

        string workload = call.Required("Workload");
        if (workload != "job")
        {
            throw new SaeException(SaeErrors.WithMessage("Workload", $"'{workload}' is not job: CreateJob makes job templates (CreateApplication makes applications)."));
        }

        string namespaceId = call.Optional("NamespaceId") is { Length: > 0 } id ? id
            : call.RegionHeader ?? throw new SaeException(SaeErrors.WithMessage("NamespaceId", "give NamespaceId (e.g. cn-hangzhou:demo), or the x-acs-region-id header for the region's default namespace."));
        _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        if (world.Jobs.Any(j => j.NamespaceId == namespaceId && j.AppName == appName))
        {
            throw new SaeException(SaeErrors.WithMessage("AppName", $"the namespace {namespaceId} already has a job named {appName}."));
        }

        string packageType = call.Required("PackageType");
        int replicas = ApplicationCall.Replicas(call, "Replicas", 1);
        (int cpu, int memory) = ResourceSpec.Read(call, ResourceSpec.DefaultCpu, ResourceSpec.DefaultMemory);
        var configuration = JobConfiguration.Read(call, Name, new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal));
        if (packageType.StartsWith("Image", StringComparison.OrdinalIgnoreCase) && JobConfiguration.Text(configuration, "ImageUrl").Length == 0)
        {
            throw new SaeException(SaeErrors.WithMessage("ImageUrl", "an Image job needs ImageUrl."));
        }

        string appId = Guid.NewGuid().ToString("D");
        ChangeOrder order = world.CreateJobOrder(ChangeOrderKind.CreateJob, appId, namespaceId);
        world.Jobs.Add(new SaeJob
        {
            AppId = appId,
            AppName = appName,
            NamespaceId = namespaceId,
            Description = call.Optional("AppDescription") ?? "",
            PackageType = packageType,
            Replicas = replicas,
            Cpu = cpu,
            Memory = memory,
            Suspend = false,
            Configuration = configuration,
            Runs = [],
            LastChangeOrderId = order.ChangeOrderId,
            CreatedAt = world.Now,
        });
        return Answer(new() { AppId = appId, ChangeOrderId = order.ChangeOrderId });
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,35}$")]
    private static partial Regex AppNamePattern();
}
