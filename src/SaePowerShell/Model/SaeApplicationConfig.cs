using System.Collections.Generic;
using System.Collections.Specialized;

namespace SaePowerShell;

/// <summary>
/// How an SAE application is configured, as DescribeApplicationConfig describes it: the settings an operator reads
/// most, typed, and every field SAE returned in <see cref="Fields"/>. The OSS AccessKey secret SAE returns is never
/// put on this object; Invoke-SaeApi DescribeApplicationConfig -Raw shows the answer as it came.
/// </summary>
public sealed record SaeApplicationConfig
{
    /// <summary>The application id.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The application name.</summary>
    public string? AppName { get; init; }

    /// <summary>The application description.</summary>
    public string? AppDescription { get; init; }

    /// <summary>The namespace of the application.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The region of the application.</summary>
    public string? RegionId { get; init; }

    /// <summary>The version this configuration is of, when one was asked for; empty for the current configuration.</summary>
    public string? VersionId { get; init; }

    /// <summary>How the application is packaged: Image, FatJar, War, PythonZip, PhpZip, ...</summary>
    public string? PackageType { get; init; }

    /// <summary>The image the application runs, for an image deployment.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The code package the application runs, for a package deployment.</summary>
    public string? PackageUrl { get; init; }

    /// <summary>The version of that package.</summary>
    public string? PackageVersion { get; init; }

    /// <summary>How many instances the application is configured to run.</summary>
    public int? Replicas { get; init; }

    /// <summary>CPU per instance, in millicores.</summary>
    public int? Cpu { get; init; }

    /// <summary>Memory per instance, in MB.</summary>
    public int? Memory { get; init; }

    /// <summary>The minimum number of instances kept ready during a change (-1: SAE's recommendation).</summary>
    public int? MinReadyInstances { get; init; }

    /// <summary>The minimum percentage of instances kept ready during a change (-1: not used).</summary>
    public int? MinReadyInstanceRatio { get; init; }

    /// <summary>The wait between batches of a release, in seconds.</summary>
    public int? BatchWaitTime { get; init; }

    /// <summary>The release strategy (SAE's UpdateStrategy JSON), when set.</summary>
    public string? UpdateStrategy { get; init; }

    /// <summary>The start command, for an image deployment.</summary>
    public string? Command { get; init; }

    /// <summary>The time zone of the instances.</summary>
    public string? Timezone { get; init; }

    /// <summary>The environment variables, by name (entries whose value comes from elsewhere, such as a config map, are left out; <see cref="Envs"/> has them).</summary>
    public IDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The environment variables as SAE wrote them (a JSON array of name and value).</summary>
    public string? Envs { get; init; }

    /// <summary>The VPC of the application.</summary>
    public string? VpcId { get; init; }

    /// <summary>The vSwitch of the application.</summary>
    public string? VSwitchId { get; init; }

    /// <summary>The security group of the application.</summary>
    public string? SecurityGroupId { get; init; }

    /// <summary>Every field SAE returned, by its official name, with JSON objects as dictionaries and arrays as arrays.</summary>
    public OrderedDictionary Fields { get; init; } = new OrderedDictionary();

    /// <inheritdoc />
    public override string ToString() => (AppName ?? AppId) + ": " + (ImageUrl ?? PackageUrl ?? PackageType ?? "no package");
}
