using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeApplicationStatus (sae-api.md §3.4): the application's state and its latest change order.</summary>
internal sealed partial class DescribeApplicationStatusApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string appId = call.Required("AppId");
        SaeApplication app = call.World.FindApplication(appId) ?? throw new SaeException(SaeErrors.ApplicationNotFound);
        ChangeOrder? last = app.LastChangeOrder;
        var data = new DescribeApplicationStatusData
        {
            AppId = app.AppId,
            CurrentStatus = app.Status,
            RunningInstances = app.RunningInstances,
            LastChangeOrderId = last?.ChangeOrderId ?? "",
            LastChangeOrderRunning = last?.IsActive ?? false,
            LastChangeOrderStatus = last?.Status.ToApplicationStatusName() ?? "",
            // An order executing with a failed batch (the Abnormal fault) is SAE's "running but has error".
            SubStatus = last is { IsActive: true, IsAbnormal: true } ? "RUNNING_BUT_HAS_ERROR" : "NORMAL",
            CreateTime = app.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            // No application of the emulator has ARMS monitoring or its agent; FileSizeLimit is SAE's default log file limit (KB).
            ArmsAdvancedEnabled = "false",
            ArmsApmInfo = "",
            EnableAgent = false,
            FileSizeLimit = 10240L,
        };
        return Answer(data);
    }
}
