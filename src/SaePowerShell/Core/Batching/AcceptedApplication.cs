using System.Collections.Generic;

namespace SaePowerShell.Core.Batching;

/// <summary>
/// What a single-application change has accepted for one application so far: the inputs that name it share its one
/// call, so the cmdlet builds that call from all of them once every input has been read.
/// </summary>
internal sealed class AcceptedApplication
{
    public AcceptedApplication(AppTarget target, string description)
    {
        Target = target;
        Description = description;
    }

    public AppTarget Target { get; }

    /// <summary>How messages name the application: its name and id, and its namespace.</summary>
    public string Description { get; }

    /// <summary>Each item once (an instance id, a version id; null for a change that needs nothing more).</summary>
    public List<string?> Items { get; } = new List<string?>();

    /// <summary>Each input as it came, for the errors and the change order's accounting.</summary>
    public List<object?> Inputs { get; } = new List<object?>();

    /// <summary>The item of each of <see cref="Inputs"/>.</summary>
    public List<string?> InputItems { get; } = new List<string?>();
}
