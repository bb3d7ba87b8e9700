namespace SaePowerShell.Emulator.Api;

/// <summary>
/// AbortAndRollbackChangeOrder: aborts as <see cref="AbortChangeOrderApi"/> does, and for a deploy or a rollback puts
/// back the version and configuration the application had before the order, every instance recreated on the old
/// image. No new change order: the answer is the aborted order's id.
/// </summary>
internal sealed partial class AbortAndRollbackChangeOrderApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => AbortChangeOrderApi.Abort(call, rollBack: true);
}
