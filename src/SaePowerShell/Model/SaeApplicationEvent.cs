using System;

namespace SaePowerShell;

/// <summary>Something that happened to an application or one of its instances, as ListAppEvents describes it.</summary>
public sealed record SaeApplicationEvent
{
    /// <summary>The application the events were asked for; empty when they were asked for a whole namespace.</summary>
    public string? AppId { get; init; }

    /// <summary>The namespace of the event.</summary>
    public string NamespaceId { get; init; } = string.Empty;

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <summary>Normal, or Warning for a potential problem.</summary>
    public string? EventType { get; init; }

    /// <summary>What the event is about: Deployment or CloneSet (the application), Pod (an instance), Service, HorizontalPodAutoscaler.</summary>
    public string? ObjectKind { get; init; }

    /// <summary>The name of that object, such as an instance id.</summary>
    public string? ObjectName { get; init; }

    /// <summary>The reason, such as Created, Started, Killing or BackOff.</summary>
    public string? Reason { get; init; }

    /// <summary>What happened.</summary>
    public string? Message { get; init; }

    /// <summary>SAE's analysis of the cause, when it has one.</summary>
    public string? CauseAnalysis { get; init; }

    /// <summary>When the event first happened.</summary>
    public DateTimeOffset? FirstTimestamp { get; init; }

    /// <summary>When the event last happened.</summary>
    public DateTimeOffset? LastTimestamp { get; init; }

    /// <inheritdoc />
    public override string ToString() => (Reason ?? EventType ?? "Event") + ": " + Message;
}
