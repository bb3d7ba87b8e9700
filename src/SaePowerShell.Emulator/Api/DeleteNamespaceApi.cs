using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteNamespace: refused while applications (or web applications) are left in the namespace; answers no Data.</summary>
internal sealed partial class DeleteNamespaceApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeNamespace ns = NamespaceDescription.Find(call);
        int apps = call.World.ApplicationsIn(ns.NamespaceId).Count + call.World.WebApplications.Count(w => w.NamespaceId == ns.NamespaceId);
        if (apps > 0)
        {
            throw new SaeException(SaeErrors.NamespaceHasApplications(ns.NamespaceId, apps));
        }

        call.World.RemoveNamespace(ns);
        return Answer();
    }
}
