using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateNamespace: NamespaceName is required (the surface says so), NamespaceDescription and EnableMicroRegistration
/// change only when given; answers the namespace as it now is.
/// </summary>
internal sealed partial class UpdateNamespaceApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string name = call.Required("NamespaceName");
        SaeNamespace ns = NamespaceDescription.Find(call);
        SaeNamespace updated = ns with
        {
            NamespaceName = name,
            Description = call.Optional("NamespaceDescription") ?? ns.Description,
            EnableMicroRegistration = call.OptionalBool("EnableMicroRegistration", ns.EnableMicroRegistration),
        };
        call.World.ReplaceNamespace(updated);
        return Answer(NamespaceDescription.Describe(updated));
    }
}
