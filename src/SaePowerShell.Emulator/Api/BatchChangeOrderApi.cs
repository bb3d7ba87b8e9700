using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The batch APIs (start, stop, restart): the same parameters and errors (see <see cref="BatchSelection"/>), one change
/// order of their own kind over the selected applications, answered as <c>Data.ChangeOrderId</c>.
/// </summary>
internal abstract class BatchChangeOrderApi
{
    /// <summary>What the change order does to the applications.</summary>
    protected abstract ChangeOrderKind Kind { get; }

    /// <summary>Whether the API takes a Version parameter (start and stop do, restart does not).</summary>
    protected abstract bool ReadsVersion { get; }

    /// <summary>Whether AppIds is required; where it is not, its absence means every application of the namespace.</summary>
    protected virtual bool RequiresAppIds => false;

    /// <summary>The change order the call makes; each API answers its id in its own shape.</summary>
    protected ChangeOrder CreateOrder(SaeCall call)
    {
        (SaeNamespace ns, IReadOnlyList<SaeApplication> apps, string? version) = BatchSelection.Resolve(call, ReadsVersion, RequiresAppIds);
        return call.World.CreateChangeOrder(Kind, ns.NamespaceId, apps, version);
    }
}
