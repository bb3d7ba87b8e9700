namespace SaePowerShell.Emulator.World;

/// <summary>
/// One change order. It is born executing and succeeds when the clock passes <see cref="DueAt"/>; nothing runs in the
/// background, the world applies due completions whenever someone looks (see <see cref="WorldState.CompleteDueChangeOrders"/>).
/// </summary>
internal sealed class ChangeOrder
{
    public required string ChangeOrderId { get; init; }

    public required ChangeOrderKind Kind { get; init; }

    public required string NamespaceId { get; init; }

    /// <summary>The applications, in the order the request named them, without duplicates.</summary>
    public required IReadOnlyList<string> AppIds { get; init; }

    public required string PipelineId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public string? Version { get; init; }

    public ChangeOrderStatus Status { get; set; } = ChangeOrderStatus.Executing;

    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsExecuting => Status == ChangeOrderStatus.Executing;

    /// <summary>The pipeline's last update: when it finished, else when it started.</summary>
    public DateTimeOffset UpdatedAt => FinishedAt ?? CreatedAt;
}
