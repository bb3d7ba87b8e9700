using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// An ingress as DescribeIngress and ListIngresses answer it. The two differ where SAE's models do: ListIngresses
/// answers ListenerPort as a string, CreateTime and the MSE gateway fields (empty: no ingress is on an MSE gateway),
/// DescribeIngress the X-Forwarded-For switches, EnableGzip, SecurityPolicyId and CreatedBySae.
/// </summary>
internal static class IngressDescription
{
    public static Dictionary<string, object?> Describe(WorldState world, SaeIngress ingress)
    {
        Dictionary<string, object?> data = Common(world, ingress);
        data["ListenerPort"] = ingress.ListenerPort;
        data["IdleTimeout"] = ingress.IdleTimeout;
        data["RequestTimeout"] = ingress.RequestTimeout;
        data["SecurityPolicyId"] = ingress.SecurityPolicyId;
        data["CreatedBySae"] = ingress.CreatedBySae;
        data["EnableGzip"] = ingress.EnableGzip;
        foreach ((string suffix, bool on) in ingress.XForwardedFor)
        {
            data["EnableXForwardedFor" + suffix] = on;
        }

        return data;
    }

    public static Dictionary<string, object?> Listed(WorldState world, SaeIngress ingress)
    {
        Dictionary<string, object?> data = Common(world, ingress);
        data["ListenerPort"] = ingress.ListenerPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        data["IdleTimeout"] = (long)ingress.IdleTimeout;
        data["RequestTimeout"] = (long)ingress.RequestTimeout;
        data["CreateTime"] = ingress.CreatedAt.ToUnixTimeMilliseconds();
        data["MseGatewayId"] = "";
        data["MseGatewayPort"] = "";
        data["MseGatewayProtocol"] = "";
        return data;
    }

    private static Dictionary<string, object?> Common(WorldState world, SaeIngress ingress) => new()
    {
        ["Id"] = ingress.Id,
        ["Name"] = ingress.Name,
        ["Description"] = ingress.Description,
        ["NamespaceId"] = ingress.NamespaceId,
        ["LoadBalanceType"] = ingress.LoadBalanceType,
        ["SlbId"] = ingress.SlbId,
        ["SlbType"] = ingress.SlbType,
        ["ListenerProtocol"] = ingress.ListenerProtocol,
        ["CertId"] = ingress.CertId,
        ["CertIds"] = ingress.CertIds,
        ["CorsConfig"] = ingress.Cors,
        ["DefaultRule"] = new
        {
            ingress.DefaultRule.AppId,
            AppName = AppName(world, ingress.DefaultRule.AppId),
            ingress.DefaultRule.BackendProtocol,
            ingress.DefaultRule.ContainerPort,
        },
        ["Rules"] = ingress.Rules.Select(r => new
        {
            r.AppId,
            AppName = AppName(world, r.AppId),
            r.BackendProtocol,
            r.ContainerPort,
            r.Domain,
            r.Path,
            r.RewritePath,
            RuleActions = Array.Empty<object>(),
        }).ToArray(),
    };

    // A rule keeps the id of an application deleted since; its name is then empty.
    private static string AppName(WorldState world, string appId) => world.FindApplication(appId)?.AppName ?? "";
}
