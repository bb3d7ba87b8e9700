namespace SaePowerShell.Core.Errors;

/// <summary>What the module knows about one SAE or gateway error code.</summary>
internal sealed record ErrorCatalogEntry(SaeErrorCategory Category, RetrySafety Retry, string? RecommendedAction)
{
    /// <summary>Whether a later attempt may get past it, for some call.</summary>
    public bool IsTransient => Retry != RetrySafety.Never;
}
