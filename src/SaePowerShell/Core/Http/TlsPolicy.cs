using System;
using System.Net;

namespace SaePowerShell.Core.Http;

/// <summary>
/// Windows PowerShell 5.1 runs on .NET Framework, whose ServicePointManager offers only SSL 3 and TLS 1.0 unless the
/// machine or its registry says otherwise, and Alibaba Cloud's endpoints refuse those. There the module adds TLS 1.2
/// to what is enabled, and never takes anything away; "system default" (0) is left to the operating system, which
/// chooses TLS 1.2 itself. On .NET (PowerShell 7) the platform decides, and nothing is changed.
/// </summary>
internal static class TlsPolicy
{
    /// <summary>The protocols to use, given those enabled now (never fewer).</summary>
    public static SecurityProtocolType Ensure(SecurityProtocolType current) =>
        current == 0 || (current & SecurityProtocolType.Tls12) == SecurityProtocolType.Tls12 ? current : current | SecurityProtocolType.Tls12;

    public static void Apply(ISecurityProtocolSetting setting)
    {
        if (!setting.IsNetFramework)
        {
            return;
        }

        SecurityProtocolType wanted = Ensure(setting.Protocols);
        if (wanted != setting.Protocols)
        {
            setting.Protocols = wanted;
        }
    }
}

/// <summary>Where the process's TLS protocols are set, behind an interface so the rule is tested without .NET Framework.</summary>
internal interface ISecurityProtocolSetting
{
    bool IsNetFramework { get; }

    SecurityProtocolType Protocols { get; set; }
}

/// <summary>The real one: ServicePointManager, on the runtime this process runs on.</summary>
internal sealed class ServicePointSetting : ISecurityProtocolSetting
{
    public static readonly ServicePointSetting Instance = new ServicePointSetting();

    /// <summary>The runtime does not change under a running process: read once, since every state-changing call asks.</summary>
    private static readonly bool RunsOnNetFramework = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    public bool IsNetFramework => RunsOnNetFramework;

    public SecurityProtocolType Protocols
    {
        get => ServicePointManager.SecurityProtocol;
        set => ServicePointManager.SecurityProtocol = value;
    }
}
