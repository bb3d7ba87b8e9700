using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands.Hosting;

/// <summary>The progress bar of one change order while it is waited for: its batches done, and the one under way.</summary>
internal static class ChangeOrderProgress
{
    public static ProgressRecord Of(SaeChangeOrder order, int activityId, int parentActivityId)
    {
        var record = new ProgressRecord(activityId, ChangeOrderOutcome.Title(order), StatusText(order)) { ParentActivityId = parentActivityId };
        IReadOnlyList<SaeChangeOrderBatch> batches = order.Batches;
        if (batches.Count > 0)
        {
            record.PercentComplete = batches.Count(b => b.Status == SaeChangeOrderStatus.Succeeded) * 100 / batches.Count;
            SaeChangeOrderBatch? current = batches.FirstOrDefault(b => b.Status != SaeChangeOrderStatus.Succeeded);
            if (current != null)
            {
                record.CurrentOperation = (current.Name ?? current.PipelineId) + ": " + current.Status;
            }
        }

        return record;
    }

    public static ProgressRecord Completed(SaeChangeOrder order, int activityId, int parentActivityId) =>
        new ProgressRecord(activityId, ChangeOrderOutcome.Title(order), StatusText(order)) { ParentActivityId = parentActivityId, RecordType = ProgressRecordType.Completed };

    private static string StatusText(SaeChangeOrder order)
    {
        string status = order.Status?.ToString() ?? "Waiting";
        int count = order.Batches.Count;
        if (count == 0)
        {
            return status;
        }

        int done = order.Batches.Count(b => b.Status == SaeChangeOrderStatus.Succeeded);
        return status + ": " + done + " of " + count + " batch(es) done";
    }
}
