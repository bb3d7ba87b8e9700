using System;
using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// An SAE change order: the handle to what a call set in motion. Start-, Stop-, Restart-, Deploy-, Resize- and
/// Restore-SaeApplication and the instance cmdlets write one per call; Get-SaeChangeOrder and Wait-SaeChangeOrder fill
/// in its status and batches; Resume-SaeChangeOrder and Stop-SaeChangeOrder act on it.
/// </summary>
public sealed class SaeChangeOrder
{
    /// <summary>Creates an empty change order.</summary>
    public SaeChangeOrder()
    {
    }

    /// <summary>Creates a change order known only by its id; this lets an id string bind wherever a change order is taken.</summary>
    public SaeChangeOrder(string changeOrderId)
    {
        ChangeOrderId = changeOrderId;
    }

    /// <summary>The change order id.</summary>
    public string ChangeOrderId { get; set; } = string.Empty;

    /// <summary>What the call that created it did, such as Start; empty when not known.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The namespace the change order acts in, when known.</summary>
    public string? NamespaceId { get; set; }

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; set; }

    /// <summary>The applications the call named; empty when it acted on a whole namespace or when not known.</summary>
    public IReadOnlyList<string> AppIds { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Of a batch change order that did not succeed (with -Wait): the applications that reached the state it wanted
    /// all the same, because their batch ran before the one that failed. They get no error.
    /// </summary>
    public IReadOnlyList<string> SucceededAppIds { get; set; } = Array.Empty<string>();

    /// <summary>Of a batch change order that did not succeed (with -Wait): the applications that did not reach the state it wanted, or of which that could not be found out; each got an error.</summary>
    public IReadOnlyList<string> FailedAppIds { get; set; } = Array.Empty<string>();

    /// <summary>Where the change order stands; empty until it has been described (Get-SaeChangeOrder, -Wait).</summary>
    public SaeChangeOrderStatus? Status { get; set; }

    /// <summary>SAE's type code, such as CoBatchStartApplication.</summary>
    public string? CoTypeCode { get; set; }

    /// <summary>SAE's description of the type.</summary>
    public string? CoType { get; set; }

    /// <summary>The (first) application the change order names.</summary>
    public string? AppId { get; set; }

    /// <summary>When the change order was created. SAE writes China Standard Time without a zone; this carries the +08:00 offset.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the change order finished, read as <see cref="CreateTime"/> is.</summary>
    public DateTimeOffset? FinishTime { get; set; }

    /// <summary>SAE's SubStatus: 0 normal, 1 abnormal (a batch failed and the order waits, in progress, for a manual rollback).</summary>
    public int? SubStatus { get; set; }

    /// <summary>Still in progress, yet a batch has failed: SAE waits for someone to abort and roll it back, and it will not finish by itself.</summary>
    public bool IsAbnormal => Status == SaeChangeOrderStatus.Executing && SubStatus == 1;

    /// <summary>The change order's description.</summary>
    public string? Description { get; set; }

    /// <summary>Why the change order failed, when it did.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>How many batches the change order runs in.</summary>
    public int? BatchCount { get; set; }

    /// <summary>How it moves from batch to batch: auto, or manual (each batch waits for Resume-SaeChangeOrder).</summary>
    public string? BatchType { get; set; }

    /// <summary>The batch SAE calls current: while the change order waits for confirmation, the one that waits.</summary>
    public string? CurrentPipelineId { get; set; }

    /// <summary>The batches, when SAE reported them.</summary>
    public IReadOnlyList<SaeChangeOrderBatch> Batches { get; set; } = Array.Empty<SaeChangeOrderBatch>();

    /// <summary>The request id of the call that created or last described the change order.</summary>
    public string? RequestId { get; set; }

    /// <summary>SAE's trace id for that call.</summary>
    public string? TraceId { get; set; }

    /// <summary>Whether the change order has finished, one way or another.</summary>
    public bool IsFinished => Status.HasValue && IsTerminal(Status.Value);

    /// <summary>Whether a status is final: succeeded, failed, terminated or failed by the system.</summary>
    public static bool IsTerminal(SaeChangeOrderStatus status) =>
        status == SaeChangeOrderStatus.Succeeded || status == SaeChangeOrderStatus.Failed
        || status == SaeChangeOrderStatus.Terminated || status == SaeChangeOrderStatus.SystemFailed;

    /// <summary>A copy, so that refreshing it leaves the caller's object as it was.</summary>
    internal SaeChangeOrder Copy() => (SaeChangeOrder)MemberwiseClone();

    /// <inheritdoc />
    public override string ToString() => Status.HasValue ? ChangeOrderId + " (" + Status.Value + ")" : ChangeOrderId;
}
