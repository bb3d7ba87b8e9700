namespace SaePowerShell.Emulator.World;

/// <summary>
/// An application's scaling rule (CreateApplicationScalingRule): named uniquely on its application, of type timing
/// (a <see cref="Timer"/> only), metric (a <see cref="Metric"/> only) or mix (both). The emulator keeps and answers it,
/// and never scales by it.
/// </summary>
internal sealed record SaeScalingRule(
    string AppId,
    string Name,
    string Type,
    ScalingTimer? Timer,
    ScalingMetric? Metric,
    bool Enabled,
    bool EnableIdle,
    int MinReadyInstances,
    int MinReadyInstanceRatio,
    DateTimeOffset CreatedAt)
{
    public const string Timing = "timing";
    public const string MetricType = "metric";
    public const string Mix = "mix";

    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;

    /// <summary>When DisableApplicationScalingRule last turned it off; null while it never was.</summary>
    public DateTimeOffset? LastDisabledAt { get; init; }
}
