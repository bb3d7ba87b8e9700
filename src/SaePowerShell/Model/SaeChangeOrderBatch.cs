using System;

namespace SaePowerShell;

/// <summary>One batch (SAE calls it a pipeline) of a change order.</summary>
public sealed class SaeChangeOrderBatch
{
    /// <summary>The pipeline id.</summary>
    public string PipelineId { get; set; } = string.Empty;

    /// <summary>The batch's name, such as "Batch 1".</summary>
    public string? Name { get; set; }

    /// <summary>Where the batch stands.</summary>
    public SaeChangeOrderStatus Status { get; set; }

    /// <summary>When the batch started, if it has.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>When the batch last changed.</summary>
    public DateTimeOffset? UpdateTime { get; set; }

    /// <summary>How many instances or applications the batch handles at once.</summary>
    public int? ParallelCount { get; set; }

    /// <inheritdoc />
    public override string ToString() => (Name ?? PipelineId) + ": " + Status;
}
