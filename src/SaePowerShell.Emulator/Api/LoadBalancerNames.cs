using System.Security.Cryptography;
using System.Text;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// Ids and addresses of the load balancers SAE buys for an application (BindSlb, BindNlb without an id) and the
/// addresses of those it is given: derived from the id, so the same id always has the same address.
/// </summary>
internal static class LoadBalancerNames
{
    /// <summary>A new id in the service's pattern: <c>lb-</c> or <c>nlb-</c> and 20 lower-case letters and digits.</summary>
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A CLB's address: a public one (47.x) on the Internet side, one of the emulated VPC (192.168.x) on the Intranet side.</summary>
    public static string Address(string slbId, bool internet)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(slbId));
        return internet ? $"47.{96 + (hash[0] % 16)}.{hash[1]}.{1 + (hash[2] % 254)}" : $"192.168.{hash[1]}.{1 + (hash[2] % 254)}";
    }

    /// <summary>An NLB's DNS name, as SAE answers it: the id, a short suffix, the region.</summary>
    public static string DnsName(string nlbId, string regionId)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(nlbId));
        return $"{nlbId}{Convert.ToHexString(hash, 0, 3).ToLowerInvariant()}.{regionId}.nlb.aliyuncs.com";
    }

    /// <summary>The id of the VServer group a CLB listener forwards to, derived from the SLB and the port.</summary>
    public static string VServerGroupId(string slbId, int port)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{slbId}:{port}"));
        return "rsp-" + Convert.ToHexString(hash, 0, 10).ToLowerInvariant();
    }
}
