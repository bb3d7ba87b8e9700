using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationSlbs: the application's CLBs, side by side. A side without one answers an empty listener list
/// and empty strings, so every declared field is there whatever is bound.
/// </summary>
internal sealed partial class DescribeApplicationSlbsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        SaeNamespace ns = call.World.FindNamespace(app.NamespaceId)!;
        return Answer(new()
        {
            AppId = app.AppId,
            AppName = app.AppName,
            ClusterId = DescribeApplicationConfigApi.ClusterIdOf(ns.RegionId),
            Internet = Listeners(app.InternetSlb),
            InternetIp = app.InternetSlb?.Ip ?? "",
            InternetSlbChargeType = app.InternetSlb?.ChargeType ?? "",
            InternetSlbExpired = false,
            InternetSlbId = app.InternetSlb?.SlbId ?? "",
            Intranet = Listeners(app.IntranetSlb),
            IntranetIp = app.IntranetSlb?.Ip ?? "",
            IntranetSlbChargeType = app.IntranetSlb?.ChargeType ?? "",
            IntranetSlbExpired = false,
            IntranetSlbId = app.IntranetSlb?.SlbId ?? "",
        });
    }

    // Connection draining and sticky sessions are not modelled: SAE's defaults (off) are answered.
    private static List<DescribeApplicationSlbsData.InternetItem> Listeners(SlbBinding? slb) =>
        slb is null
            ? []
            : slb.Listeners.Select(l => new DescribeApplicationSlbsData.InternetItem
            {
                ConnectionDrainTimeout = 0,
                Cookie = "",
                CookieTimeout = 0,
                CreateTime = l.CreatedAt.ToUnixTimeMilliseconds(),
                EnableConnectionDrain = false,
                HttpsCaCertId = l.HttpsCaCertId,
                HttpsCertId = l.HttpsCertId,
                Port = l.Port,
                Protocol = l.Protocol,
                StickySession = false,
                StickySessionType = "",
                TargetPort = l.TargetPort,
                VServerGroupId = LoadBalancerNames.VServerGroupId(slb.SlbId, l.Port),
            }).ToList();
}
