namespace SaePowerShell;

/// <summary>One way a live application differs from its spec (Compare-SaeApplication): the property, both values, and the call that would change it.</summary>
public sealed record SaeApplicationDifference
{
    /// <summary>The application's name.</summary>
    public string AppName { get; init; } = string.Empty;

    /// <summary>Its namespace.</summary>
    public string NamespaceId { get; init; } = string.Empty;

    /// <summary>The property, by CreateApplication's name, or Tags.key for a tag; "(application)" when it does not exist yet.</summary>
    public string Property { get; init; } = string.Empty;

    /// <summary>The live value, as text (JSON for a structure).</summary>
    public string? Live { get; init; }

    /// <summary>The wanted value, as text.</summary>
    public string? Wanted { get; init; }

    /// <summary>The SAE API that would change it (CreateApplication when it is missing), or a sentence when none can.</summary>
    public string Call { get; init; } = string.Empty;
}
