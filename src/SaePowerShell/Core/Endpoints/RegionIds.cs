using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SaePowerShell.Core.Endpoints;

/// <summary>What SAE's region ids look like, the regions with an SAE endpoint, and the region a namespace id implies.</summary>
internal static class RegionIds
{
    /// <summary>Regions with a public SAE endpoint (help.aliyun.com "api-sae-2019-05-06-endpoint").</summary>
    public static readonly IReadOnlyList<string> Known = new[]
    {
        "cn-beijing", "cn-zhangjiakou", "cn-wulanchabu", "cn-hangzhou", "cn-shanghai", "cn-shenzhen", "cn-heyuan", "cn-guangzhou",
        "cn-chengdu", "cn-hongkong", "ap-northeast-1", "ap-southeast-1", "eu-central-1", "us-east-1", "us-west-1",
    };

    private static readonly Regex Shape = new Regex("^[a-z]{2,}(-[a-z0-9]+)+$", RegexOptions.CultureInvariant);

    public static bool IsWellFormed(string regionId) => Shape.IsMatch(regionId);

    /// <summary>The region of an object in <paramref name="namespaceId"/>: the id's, else where the call went.</summary>
    public static string Of(string? namespaceId, ServiceLocation location) => FromNamespaceId(namespaceId) ?? location.RegionId ?? string.Empty;

    /// <summary>
    /// Namespace ids are <c>region:name</c>, and a bare region id names that region's default namespace;
    /// either way the region is in the id.
    /// </summary>
    public static string? FromNamespaceId(string? namespaceId)
    {
        if (string.IsNullOrWhiteSpace(namespaceId))
        {
            return null;
        }

        int colon = namespaceId!.IndexOf(':');
        string candidate = colon < 0 ? namespaceId : namespaceId.Substring(0, colon);
        return IsWellFormed(candidate) ? candidate : null;
    }
}
