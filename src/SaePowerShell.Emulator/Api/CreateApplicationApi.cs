using System.Text.RegularExpressions;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateApplication: a new application in its namespace at once (every API finds it, stopped, without instances),
/// its first version (ImageUrl, or PackageUrl and PackageVersion, as its PackageType wants), and a one-batch
/// CoCreateApp change order at the end of which it runs its replicas, unless Deploy is false or Replicas 0 (then it
/// stays stopped). SAE's defaults: 500 millicores and 1024 MB, Asia/Shanghai, Deploy true. Answers AppId and
/// ChangeOrderId.
/// </summary>
internal sealed partial class CreateApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string appName = call.Required("AppName");
        if (!AppNamePattern().IsMatch(appName))
        {
            throw new SaeException(SaeErrors.WithMessage("AppName", $"'{appName}' must start with a letter and hold only letters, digits and hyphens, at most 36 of them."));
        }

        SaeNamespace ns = FindNamespace(call);
        int replicas = ApplicationCall.Replicas(call, "Replicas", 0);
        (int cpu, int memory) = ResourceSpec.Read(call, ResourceSpec.DefaultCpu, ResourceSpec.DefaultMemory);
        AppVersion first = DeployedVersion.First(call, appName, world.Now);
        bool deploy = call.OptionalBool("Deploy", true);
        var configuration = ApplicationConfiguration.Read(call, Name, new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal));
        if (call.Optional("VpcId") is { Length: > 0 } vpcId && vpcId != SaeNamespace.EmulatedVpcId)
        {
            // An application is in its namespace's VPC, and every emulated namespace is in vpc-emulator.
            throw new SaeException(SaeErrors.VpcNotFound);
        }
        if (world.ApplicationsIn(ns.NamespaceId).Any(a => a.AppName == appName))
        {
            // An application is a Kubernetes deployment underneath: its name is unique in its namespace.
            throw new SaeException(SaeErrors.WithMessage("AppName", $"the namespace {ns.NamespaceId} already has an application named {appName}."));
        }

        string appId = Guid.NewGuid().ToString("D");
        var app = new SaeApplication
        {
            AppId = appId,
            AppName = appName,
            NamespaceId = ns.NamespaceId,
            Description = call.Optional("AppDescription") ?? "",
            GroupId = ApplicationSeeding.GroupIdOf(appId),
            Settings = new AppSettings
            {
                Replicas = replicas,
                Cpu = cpu,
                Memory = memory,
                Envs = call.Optional("Envs") ?? "[]",
                Timezone = string.IsNullOrWhiteSpace(call.Optional("Timezone")) ? AppSettings.DefaultTimezone : call.Optional("Timezone")!,
                Configuration = configuration,
            },
            CurrentVersion = first,
            Status = SaeApplication.Stopped,
            CreatedAt = world.Now,
        };
        app.Versions.Add(first);
        world.AddApplication(app);
        ChangeOrder order = world.CreateApplicationOrder(ChangeOrderKind.CreateApp, app, new ApplicationCreation(deploy), [Math.Max(1, replicas)]);
        return Answer(new() { AppId = app.AppId, ChangeOrderId = order.ChangeOrderId });
    }

    /// <summary>
    /// The namespace NamespaceId names; without one, the default namespace of the request's region (a bare region id),
    /// as SAE takes it. NamespaceId is optional in the surface, so naming no namespace at all is a bad value, not a
    /// missing parameter.
    /// </summary>
    private static SaeNamespace FindNamespace(SaeCall call)
    {
        string namespaceId = call.Optional("NamespaceId") is { Length: > 0 } id ? id
            : call.RegionHeader ?? throw new SaeException(SaeErrors.WithMessage("NamespaceId", "give NamespaceId (e.g. cn-hangzhou:demo), or the x-acs-region-id header for the region's default namespace."));
        return call.World.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
    }

    /// <summary>SAE's documented rule for an application name.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,35}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppNamePattern();
}
