using System;
using System.Collections.Generic;

namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
// The timer and the metric are objects there, which the records do not nest: they are read in Core/Api/ScalingRuleCalls.
public sealed partial class SaeScalingRule
{
    /// <summary>The namespace of the application, such as cn-hangzhou:demo, when it was known (piped applications carry it).</summary>
    public string? NamespaceId { get; set; }

    /// <summary>The region of the application.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The application's name, when it came in with the application (SAE's answer does not carry it).</summary>
    public string? AppName { get; set; }

    /// <summary>A timing or mixed rule's period: "* * *" every day, "* * Sat,Sun" on those days, "1,15 * *" on those days of the month.</summary>
    public string? Period { get; set; }

    /// <summary>The first day the timer applies (yyyy-MM-dd), if any.</summary>
    public string? BeginDate { get; set; }

    /// <summary>The last day the timer applies (yyyy-MM-dd), if any.</summary>
    public string? EndDate { get; set; }

    /// <summary>A timing or mixed rule's points of the day, in order.</summary>
    public IReadOnlyList<SaeScalingSchedule> Schedules { get; set; } = Array.Empty<SaeScalingSchedule>();

    /// <summary>A metric or mixed rule's fewest instances.</summary>
    public int? MinReplicas { get; set; }

    /// <summary>A metric or mixed rule's most instances.</summary>
    public int? MaxReplicas { get; set; }

    /// <summary>A metric or mixed rule's targets.</summary>
    public IReadOnlyList<SaeScalingMetric> Metrics { get; set; } = Array.Empty<SaeScalingMetric>();

    /// <summary>The metric's scaleUpRules and scaleDownRules as read, so an update that replaces the metric keeps them.</summary>
    internal Newtonsoft.Json.Linq.JObject? MetricSteps { get; set; }

    /// <inheritdoc />
    public override string ToString() => AppId + "/" + Name;
}
