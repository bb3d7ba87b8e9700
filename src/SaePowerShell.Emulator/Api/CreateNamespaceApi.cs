using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>CreateNamespace: everything in the query; answers the new namespace. An id already taken is refused.</summary>
internal sealed partial class CreateNamespaceApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string name = call.Required("NamespaceName");
        string id = NamespaceDescription.TargetId(call);
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1)
        {
            // Only custom namespaces are created; a region's default namespace (a bare region id) is SAE's own.
            throw new SaeException(SaeErrors.WithMessage("NamespaceId", $"'{id}' is not of the form region:name, e.g. cn-hangzhou:demo."));
        }

        if (call.World.FindNamespace(id) is not null)
        {
            throw new SaeException(SaeErrors.WithMessage("NamespaceId", $"the namespace {id} already exists."));
        }

        var ns = new SaeNamespace(id, name, id[..colon], Fault: null)
        {
            Description = call.Optional("NamespaceDescription") ?? "",
            EnableMicroRegistration = call.OptionalBool("EnableMicroRegistration", true),
        };
        call.World.AddNamespace(ns);
        return Answer(NamespaceDescription.Describe(ns));
    }
}
