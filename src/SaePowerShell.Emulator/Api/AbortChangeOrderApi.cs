using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// AbortChangeOrder: terminates an active change order (6): unfinished batches are terminated with it, what finished
/// batches did stays done, and its applications are free again. Rollback=true (the SDK: "whether to roll back the
/// change order") does what <see cref="AbortAndRollbackChangeOrderApi"/> does. A batch order can be aborted too.
/// </summary>
internal class AbortChangeOrderApi : ISaeApi
{
    public virtual string Name => "AbortChangeOrder";

    public virtual string Path => "/pop/v1/sam/changeorder/AbortChangeOrder";

    public SaeResult Handle(SaeCall call)
    {
        string id = call.Required("ChangeOrderId");
        bool rollBack = RollsBack(call);
        ChangeOrder order = call.World.FindChangeOrder(id) ?? throw new SaeException(SaeErrors.ChangeOrderNotFound);
        if (!order.IsActive)
        {
            throw new SaeException(SaeErrors.WithMessage("ChangeOrderId",
                $"the change order {id} has finished (status {(int)order.Status}, {order.Status.ToApplicationStatusName()}); only an active change order can be aborted."));
        }

        call.World.Abort(order, rollBack);
        return new SaeResult(new { order.ChangeOrderId });
    }

    protected virtual bool RollsBack(SaeCall call) => call.OptionalBool("Rollback", false);
}
