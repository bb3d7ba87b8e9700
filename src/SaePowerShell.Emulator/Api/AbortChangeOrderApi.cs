using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// AbortChangeOrder: terminates an active change order (6): unfinished batches are terminated with it, what finished
/// batches did stays done, and its applications are free again. Rollback=true (the SDK: "whether to roll back the
/// change order") does what <see cref="AbortAndRollbackChangeOrderApi"/> does. A batch order can be aborted too.
/// </summary>
internal sealed partial class AbortChangeOrderApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => Abort(call, call.OptionalBool("Rollback", false));

    /// <summary>What AbortChangeOrder and AbortAndRollbackChangeOrder share: the order found, checked active and aborted.</summary>
    internal static SaeResult Abort(SaeCall call, bool rollBack)
    {
        string id = call.Required("ChangeOrderId");
        ChangeOrder order = call.World.FindChangeOrder(id) ?? throw new SaeException(SaeErrors.ChangeOrderNotFound);
        if (!order.IsActive)
        {
            throw new SaeException(SaeErrors.WithMessage("ChangeOrderId",
                $"the change order {id} has finished (status {(int)order.Status}, {order.Status.ToApplicationStatusName()}); only an active change order can be aborted."));
        }

        call.World.Abort(order, rollBack);
        return Answer(new() { ChangeOrderId = order.ChangeOrderId });
    }
}
