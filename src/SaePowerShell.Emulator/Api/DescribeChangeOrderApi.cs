using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeChangeOrder (sae-api.md §3.6): a change order as one automatic batch over all its applications.</summary>
internal sealed class DescribeChangeOrderApi : ISaeApi
{
    /// <summary>SAE writes CreateTime without a zone; the samples read like China Standard Time, so the emulator uses UTC+8.</summary>
    private static readonly TimeSpan ServiceTimeZone = TimeSpan.FromHours(8);

    public string Name => "DescribeChangeOrder";

    public string Method => "GET";

    public string Path => "/pop/v1/sam/changeorder/DescribeChangeOrder";

    public SaeResult Handle(SaeCall call)
    {
        string id = call.Required("ChangeOrderId");
        ChangeOrder order = call.World.FindChangeOrder(id) ?? throw new SaeException(SaeErrors.ChangeOrderNotFound);
        SaeApplication? first = call.World.FindApplication(order.AppIds[0]);
        int status = (int)order.Status;
        var data = new
        {
            order.ChangeOrderId,
            AppId = order.AppIds[0],
            AppName = first?.AppName ?? "",
            Status = status,
            SubStatus = 0,
            order.Kind.CoType,
            order.Kind.CoTypeCode,
            CreateTime = order.CreatedAt.ToOffset(ServiceTimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            Description = $"{order.Kind.CoType}: {order.AppIds.Count} application(s) in {order.NamespaceId}",
            ErrorMessage = "",
            BatchCount = 1,
            BatchType = "auto",
            BatchWaitTime = 0,
            Auto = true,
            CurrentPipelineId = order.PipelineId,
            SupportRollback = false,
            Pipelines = new[]
            {
                new
                {
                    order.PipelineId,
                    PipelineName = "Batch 1",
                    Status = status,
                    StartTime = order.CreatedAt.ToUnixTimeMilliseconds(),
                    UpdateTime = order.UpdatedAt.ToUnixTimeMilliseconds(),
                    BatchType = 0,
                    ParallelCount = order.AppIds.Count,
                },
            },
        };
        return new SaeResult(data);
    }
}
