using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateNamespaceVpc: the namespace (NamespaceId, or NameSpaceShortId in the header's region) moved to VpcId. The
/// emulator has one VPC, which every namespace is in: vpc-emulator is taken (nothing changes), any other is
/// InvalidVpcId.NotFound.
/// </summary>
internal sealed partial class UpdateNamespaceVpcApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        _ = NamespaceDescription.Find(call);
        return call.Required("VpcId") == SaeNamespace.EmulatedVpcId ? Answer() : throw new SaeException(SaeErrors.VpcNotFound);
    }
}
