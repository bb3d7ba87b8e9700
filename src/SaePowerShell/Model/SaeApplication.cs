using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>An SAE application as ListApplications describes it.</summary>
public sealed class SaeApplication
{
    /// <summary>The application id, a GUID-like string.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The application name.</summary>
    public string AppName { get; set; } = string.Empty;

    /// <summary>The namespace the application belongs to, such as <c>cn-shanghai:prod</c>.</summary>
    public string NamespaceId { get; set; } = string.Empty;

    /// <summary>The display name of the namespace.</summary>
    public string? NamespaceName { get; set; }

    /// <summary>The region the application runs in, such as <c>cn-shanghai</c>.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The application description.</summary>
    public string? AppDescription { get; set; }

    /// <summary>Instances running now.</summary>
    public int RunningInstances { get; set; }

    /// <summary>Instances the application is configured to run.</summary>
    public int Instances { get; set; }

    /// <summary>How the application is deployed, such as <c>Image</c>.</summary>
    public string? AppType { get; set; }

    /// <summary>CPU per instance in millicores.</summary>
    public int? Cpu { get; set; }

    /// <summary>Memory per instance in MB.</summary>
    public int? Mem { get; set; }

    /// <summary>Whether the application is being deleted.</summary>
    public bool AppDeletingStatus { get; set; }

    /// <summary>The application's tags.</summary>
    public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public override string ToString() => AppName.Length > 0 ? AppName + " (" + AppId + ")" : AppId;
}
