namespace SaePowerShell;

/// <summary>An SAE namespace, as DescribeNamespaceList describes it; pipes into Get-SaeApplication.</summary>
public sealed class SaeNamespace
{
    /// <summary>The namespace id, such as cn-shanghai:prod; a bare region id is that region's default namespace.</summary>
    public string NamespaceId { get; set; } = string.Empty;

    /// <summary>The namespace's display name.</summary>
    public string? NamespaceName { get; set; }

    /// <summary>The region the namespace is in.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The short id, the part after the region.</summary>
    public string? NamespaceShortId { get; set; }

    /// <summary>Whether the namespace was created by the user (the default namespace is not).</summary>
    public bool Custom { get; set; }

    /// <summary>The VPC the namespace uses.</summary>
    public string? VpcId { get; set; }

    /// <summary>The vSwitch the namespace uses.</summary>
    public string? VSwitchId { get; set; }

    /// <summary>The security group the namespace uses.</summary>
    public string? SecurityGroupId { get; set; }

    /// <summary>The namespace's description (DescribeNamespace gives it; a listing does not).</summary>
    public string? Description { get; set; }

    /// <summary>Whether its applications get SAE's built-in service registry (DescribeNamespace gives it; a listing does not).</summary>
    public bool? EnableMicroRegistration { get; set; }

    /// <inheritdoc />
    public override string ToString() => NamespaceId;
}
