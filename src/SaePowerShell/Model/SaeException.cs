using System;

namespace SaePowerShell;

/// <summary>
/// What every error of the module is: a stable id (the ErrorRecord's ErrorId, SAE's own code where SAE gave one), a
/// category, and what the user can do. <c>catch [SaePowerShell.SaeException]</c> catches them all.
/// </summary>
public abstract class SaeException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected SaeException(string errorId, SaeErrorCategory category, string message, string? recommendedAction, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Category = category;
        RecommendedAction = recommendedAction;
    }

    /// <summary>A stable id for the problem, used as the ErrorRecord's ErrorId.</summary>
    public string ErrorId { get; }

    /// <summary>How the failure is classed.</summary>
    public SaeErrorCategory Category { get; }

    /// <summary>What the user can do about it.</summary>
    public string? RecommendedAction { get; }
}
