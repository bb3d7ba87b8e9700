using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using SaePowerShell.Emulator.Faults;

namespace SaePowerShell.Emulator.Seed;

/// <summary>Reads seed JSON and turns it into a validated document with every default filled in.</summary>
public static class SeedLoader
{
    public const string DefaultSeedResource = "DefaultSeed.json";

    /// <summary>The faults a namespace can be seeded with: the two batch API errors that depend on the account, not the request.</summary>
    public static readonly IReadOnlySet<string> KnownFaults = new HashSet<string>(StringComparer.Ordinal) { "System.Upgrading", "user.indebt" };

    /// <summary>The change order faults an application can be seeded with (see <see cref="SeedApplication.ChangeOrderFault"/>).</summary>
    public static readonly IReadOnlySet<string> KnownChangeOrderFaults =
        World.ChangeOrderFault.All.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    public static SeedDocument LoadDefault()
    {
        using Stream stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(DefaultSeedResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultSeedResource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), DefaultSeedResource);
    }

    public static SeedDocument LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SeedException($"Cannot read the seed file '{path}': {e.Message}");
        }

        return Parse(text, path);
    }

    public static SeedDocument Parse(string json, string source = "seed")
    {
        SeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SeedDocument>(json, EmulatorJson.Strict);
        }
        catch (JsonException e)
        {
            throw new SeedException($"{source} is not a valid seed document: {e.Message}");
        }

        if (document is null)
        {
            throw new SeedException($"{source} is empty (null).");
        }

        return Normalise(document, source);
    }

    /// <summary>Validates a seed built in code or parsed from JSON and returns it with every default filled in.</summary>
    public static SeedDocument Normalise(SeedDocument document, string source = "seed")
    {
        [DoesNotReturn]
        void Fail(string message) => throw new SeedException($"{source}: {message}");

        if (document.ChangeOrderDelayMs is < 0)
        {
            Fail("changeOrderDelayMs must be 0 or more.");
        }

        if (document.LatencyMs is < 0 or > FaultPlan.MaxLatencyMs)
        {
            Fail($"latencyMs must be from 0 to {FaultPlan.MaxLatencyMs}.");
        }

        FaultPlan faults;
        try
        {
            faults = FaultPlan.From(document.RandomSeed, document.Faults);
        }
        catch (FaultPlanException e)
        {
            throw new SeedException($"{source}: {e.Message}");
        }

        var namespaces = new List<SeedNamespace>();
        var namespaceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (SeedNamespace? ns in document.Namespaces ?? [])
        {
            if (ns is null || string.IsNullOrWhiteSpace(ns.NamespaceId) || ns.NamespaceId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                Fail($"namespace #{namespaces.Count + 1} needs a namespaceId without spaces.");
            }

            if (!namespaceIds.Add(ns.NamespaceId))
            {
                Fail($"the namespaceId '{ns.NamespaceId}' appears twice.");
            }

            if (ns.Fault is not null && !KnownFaults.Contains(ns.Fault))
            {
                Fail($"namespace '{ns.NamespaceId}' has the unknown fault '{ns.Fault}'; use null, \"System.Upgrading\" or \"user.indebt\".");
            }

            string region = string.IsNullOrWhiteSpace(ns.RegionId) ? ns.NamespaceId.Split(':')[0] : ns.RegionId;
            namespaces.Add(ns with { RegionId = region, NamespaceName = ns.NamespaceName ?? ns.NamespaceId });
        }

        var applications = new List<SeedApplication>();
        var appIds = new HashSet<string>(StringComparer.Ordinal);
        var namesPerNamespace = new HashSet<(string, string)>();
        foreach (SeedApplication? app in document.Applications ?? [])
        {
            if (app is null || string.IsNullOrWhiteSpace(app.AppId) || app.AppId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ','))
            {
                Fail($"application #{applications.Count + 1} needs an appId without spaces or commas.");
            }

            string where = $"application '{app.AppId}'";
            if (!appIds.Add(app.AppId))
            {
                Fail($"the appId '{app.AppId}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(app.AppName))
            {
                Fail($"{where} needs an appName.");
            }

            if (app.NamespaceId is null || !namespaceIds.Contains(app.NamespaceId))
            {
                Fail($"{where} is in the namespace '{app.NamespaceId}', which the seed does not declare.");
            }

            if (!namesPerNamespace.Add((app.NamespaceId, app.AppName)))
            {
                Fail($"{where}: the namespace '{app.NamespaceId}' already has an application named '{app.AppName}'.");
            }

            string status = (app.Status ?? "STOPPED").ToUpperInvariant();
            if (status is not ("RUNNING" or "STOPPED"))
            {
                Fail($"{where} has the status '{app.Status}'; use RUNNING or STOPPED.");
            }

            int instances = app.Instances ?? 1;
            if (instances < 0 || instances > World.SaeApplication.MaxInstances)
            {
                Fail($"{where} has {instances} instances; an application has 0 to {World.SaeApplication.MaxInstances}.");
            }

            int running = app.RunningInstances ?? (status == "RUNNING" ? instances : 0);
            if (running < 0 || running > instances || (status == "STOPPED" && running != 0))
            {
                Fail($"{where} has {running} running instances, which does not fit {instances} instances and status {status}.");
            }

            if (app.Cpu is < 0 || app.Mem is < 0)
            {
                Fail($"{where} has a negative cpu or mem.");
            }

            if (app.ImageUrl is not null && (app.ImageUrl.Length == 0 || app.ImageUrl.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                Fail($"{where} has the imageUrl '{app.ImageUrl}'; an image URL is not empty and has no spaces.");
            }

            if (app.ChangeOrderFault is not null && !KnownChangeOrderFaults.Contains(app.ChangeOrderFault))
            {
                Fail($"{where} has the unknown changeOrderFault '{app.ChangeOrderFault}'; use null, \"Failed\", \"SystemFailed\", \"Terminated\" or \"Abnormal\".");
            }

            foreach ((string field, System.Text.Json.JsonElement value) in app.Config ?? [])
            {
                if (Api.ApplicationConfiguration.Mismatch(field, value) is { } problem)
                {
                    Fail($"{where} has a config that does not fit: {problem}.");
                }
            }

            applications.Add(app with
            {
                Status = status,
                Instances = instances,
                RunningInstances = running,
                Cpu = app.Cpu ?? 500,
                Mem = app.Mem ?? 1024,
                Description = app.Description ?? "",
                ImageUrl = app.ImageUrl ?? World.ApplicationSeeding.DefaultImageUrl(app.AppName),
            });
        }

        var webApplications = new List<SeedWebApplication>();
        var webIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (SeedWebApplication? app in document.WebApplications ?? [])
        {
            if (app is null || string.IsNullOrWhiteSpace(app.ApplicationId) || app.ApplicationId.Any(char.IsControl))
            {
                Fail($"web application #{webApplications.Count + 1} needs an applicationId without control characters.");
            }

            string where = $"web application '{app.ApplicationId}'";
            if (!webIds.Add(app.ApplicationId))
            {
                Fail($"the applicationId '{app.ApplicationId}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(app.ApplicationName))
            {
                Fail($"{where} needs an applicationName.");
            }

            if (app.NamespaceId is null || !namespaceIds.Contains(app.NamespaceId))
            {
                Fail($"{where} is in the namespace '{app.NamespaceId}', which the seed does not declare.");
            }

            webApplications.Add(app with { Description = app.Description ?? "" });
        }

        var jobs = new List<SeedJob>();
        foreach (SeedJob? job in document.Jobs ?? [])
        {
            if (job is null || string.IsNullOrWhiteSpace(job.AppId) || job.AppId.Any(char.IsControl))
            {
                Fail($"job #{jobs.Count + 1} needs an appId without control characters.");
            }

            string where = $"job '{job.AppId}'";
            if (applications.Any(a => a.AppId == job.AppId) || jobs.Any(j => j.AppId == job.AppId))
            {
                Fail($"the appId '{job.AppId}' of a job appears twice, or is an application's.");
            }

            if (string.IsNullOrWhiteSpace(job.AppName))
            {
                Fail($"{where} needs an appName.");
            }

            if (job.NamespaceId is null || !namespaceIds.Contains(job.NamespaceId))
            {
                Fail($"{where} is in the namespace '{job.NamespaceId}', which the seed does not declare.");
            }

            if (job.Replicas is < 0 or > 100)
            {
                Fail($"{where} has replicas {job.Replicas}; give 0 to 100.");
            }

            jobs.Add(job);
        }

        FaultPlanDocument plan = faults.ToDocument();
        return new SeedDocument
        {
            ChangeOrderDelayMs = document.ChangeOrderDelayMs,
            LatencyMs = document.LatencyMs,
            BatchOrdersPerNamespace = document.BatchOrdersPerNamespace,
            RandomSeed = plan.RandomSeed,
            Faults = plan.Faults!.OfType<SeedFaultRule>().ToList(),
            Namespaces = namespaces,
            Applications = applications,
            WebApplications = webApplications,
            Jobs = jobs,
            Accounts = document.Accounts,
        };
    }
}
