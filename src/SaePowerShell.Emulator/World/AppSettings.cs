using System.Text.Json;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// The part of an application's configuration a deploy can change (DescribeApplicationConfig). A value, so a change
/// order can keep what it changes to and what it changed from (AbortAndRollbackChangeOrder puts the latter back).
/// </summary>
internal sealed record AppSettings
{
    /// <summary>SAE's documented default time zone.</summary>
    public const string DefaultTimezone = "Asia/Shanghai";

    public required int Replicas { get; init; }

    /// <summary>Millicores.</summary>
    public required int Cpu { get; init; }

    /// <summary>MB.</summary>
    public required int Memory { get; init; }

    /// <summary>The environment variables as the JSON string the API takes and answers.</summary>
    public string Envs { get; init; } = "[]";

    public string Timezone { get; init; } = DefaultTimezone;

    public int MinReadyInstances { get; init; } = 1;

    /// <summary>-1 (not used) or 0..100.</summary>
    public int MinReadyInstanceRatio { get; init; } = -1;

    /// <summary>Seconds, as the request gave it.</summary>
    public int BatchWaitTime { get; init; }

    /// <summary>The last deploy's UpdateStrategy as sent; empty when none was.</summary>
    public string UpdateStrategy { get; init; } = "";

    /// <summary>
    /// Every other DescribeApplicationConfig field the application was given (probes, mounts, commands, the vSwitch,
    /// …), by its answered name, as answered (<see cref="Api.ApplicationConfiguration"/>); one not given answers SAE's default.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Configuration { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
