using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListIngresses: the namespace's ingresses, oldest first, or with AppId those whose default rule or a rule names
/// that application; paged (CurrentPage from 1, PageSize 1 to 100, 10 by default).
/// </summary>
internal sealed partial class ListIngressesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string namespaceId = call.Required("NamespaceId");
        _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        string? appId = call.Optional("AppId");
        Paging paging = Paging.Read(call, 10, 1, 100);
        List<SaeIngress> matching = world.Ingresses
            .Where(i => i.NamespaceId == namespaceId && (appId is null || i.DefaultRule.AppId == appId || i.Rules.Any(r => r.AppId == appId)))
            .ToList();
        return AnswerFields(new Dictionary<string, object?>
        {
            ["CurrentPage"] = paging.CurrentPage,
            ["IngressList"] = paging.Slice(matching).Select(i => IngressDescription.Listed(world, i)).ToArray(),
            ["PageSize"] = paging.PageSize,
            ["TotalSize"] = matching.Count,
        });
    }
}
