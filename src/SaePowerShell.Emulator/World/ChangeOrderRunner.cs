namespace SaePowerShell.Emulator.World;

/// <summary>
/// Moves one change order's batches through their windows to the world's now. A batch executes from its start, and at
/// its end either succeeds (the order's kind or effect changes the world) or, when one of its applications carries a
/// seeded fault, fails and ends the whole order there (later batches never start). Between batches a manual order
/// waits for ConfirmPipelineBatch (8) and an automatic one with a pause waits for it to pass (9).
/// </summary>
internal static class ChangeOrderRunner
{
    public static void Advance(WorldState world, ChangeOrder order)
    {
        if (!order.IsActive || order.IsAbnormal)
        {
            return;
        }

        for (int i = 0; i < order.Batches.Count; i++)
        {
            ChangeOrderBatch batch = order.Batches[i];
            if (batch.IsFinished)
            {
                continue;
            }

            if (batch.Status == ChangeOrderStatus.WaitingForBatchConfirmation)
            {
                return;
            }

            if (world.Now < batch.StartsAt)
            {
                // A batch that starts later than the one before it ended is after an automatic pause; any other batch
                // is ahead of the clock only when the system clock went back, and then simply waits for it.
                if (i > 0 && batch.StartsAt > order.Batches[i - 1].EndsAt)
                {
                    batch.MoveTo(ChangeOrderStatus.WaitingForAutomaticBatch, order.Batches[i - 1].EndsAt);
                    order.Status = ChangeOrderStatus.WaitingForAutomaticBatch;
                }

                return;
            }

            batch.MoveTo(ChangeOrderStatus.Executing, batch.StartsAt);
            order.Status = ChangeOrderStatus.Executing;
            if (world.Now < batch.EndsAt || !Finish(world, order, batch))
            {
                return;
            }

            if (order.IsManual && i + 1 < order.Batches.Count)
            {
                order.Batches[i + 1].MoveTo(ChangeOrderStatus.WaitingForBatchConfirmation, batch.EndsAt);
                order.Status = ChangeOrderStatus.WaitingForBatchConfirmation;
                return;
            }
        }

        order.Status = ChangeOrderStatus.Succeeded;
        order.FinishedAt = order.Batches[^1].EndsAt;
        if (order.Effect is not null && world.FindApplication(order.AppIds[0]) is { } app)
        {
            order.Effect.OrderSucceeded(world, app, order.FinishedAt.Value);
        }
    }

    /// <summary>Ends a batch at its window's end; false when a seeded fault failed it (and with it the order).</summary>
    private static bool Finish(WorldState world, ChangeOrder order, ChangeOrderBatch batch)
    {
        List<SaeApplication> apps = batch.AppIds.Select(world.FindApplication).OfType<SaeApplication>().ToList();
        SaeApplication? broken = apps.FirstOrDefault(a => a.ChangeOrderFault is not null);
        if (broken is not null)
        {
            ChangeOrderFault fault = broken.ChangeOrderFault!;
            order.ErrorMessage = fault.Describe(batch.Index + 1, broken.AppName);
            batch.Fail(fault.Status, batch.EndsAt, broken.AppId, order.ErrorMessage);
            world.Fleet.BackOff(broken, order.ErrorMessage, batch.EndsAt);
            if (fault.LeavesOrderExecuting)
            {
                order.IsAbnormal = true;
            }
            else
            {
                order.Status = fault.Status;
                order.FinishedAt = batch.EndsAt;
            }

            return false;
        }

        foreach (SaeApplication app in apps)
        {
            if (order.Effect is null)
            {
                order.Kind.ApplySuccess(world, app, batch);
            }
            else
            {
                order.Effect.BatchSucceeded(world, app, batch, batch.Index == order.Batches.Count - 1);
            }
        }

        batch.MoveTo(ChangeOrderStatus.Succeeded, batch.EndsAt);
        return true;
    }
}
