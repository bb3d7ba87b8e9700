namespace SaePowerShell.Core.Errors;

/// <summary>What the module knows about one SAE or gateway error code.</summary>
internal sealed class ErrorCatalogEntry
{
    public ErrorCatalogEntry(SaeErrorCategory category, bool isTransient, string? recommendedAction)
    {
        Category = category;
        IsTransient = isTransient;
        RecommendedAction = recommendedAction;
    }

    public SaeErrorCategory Category { get; }

    /// <summary>Whether the service rejected the call in a way that a later retry may get past.</summary>
    public bool IsTransient { get; }

    public string? RecommendedAction { get; }
}
