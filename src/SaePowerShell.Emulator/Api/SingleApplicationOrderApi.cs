using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// StartApplication, StopApplication, RestartApplication: what the batch APIs do (<see cref="BatchChangeOrderApi"/>),
/// for the one application AppId names: the namespace's fault plan applies, a busy application is refused, and the
/// order, of one batch, is the application's own (ListChangeOrders, DescribeApplicationStatus) in either batch mode.
/// </summary>
internal abstract class SingleApplicationOrderApi
{
    protected abstract ChangeOrderKind Kind { get; }

    /// <summary>Checks the API's own parameters (RestartApplication's MinReadyInstances, …) before the application is found busy.</summary>
    protected virtual void CheckParameters(SaeCall call, SaeApplication app)
    {
    }

    /// <summary>The change order the call makes; each API answers its id in its own shape.</summary>
    protected ChangeOrder CreateOrder(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        CheckParameters(call, app);
        SaeNamespace ns = call.World.FindNamespace(app.NamespaceId)!;
        if (ns.Fault is not null)
        {
            throw new SaeException(SaeErrors.Fault(ns.Fault));
        }

        ApplicationCall.EnsureFree(app);
        return call.World.CreateChangeOrder(Kind, ns.NamespaceId, [app], null, reported: true);
    }
}
