using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeNamespaces: every namespace of the world, paged (CurrentPage and PageSize are required; PageSize 1 to
/// 100). AccessKey, SecretKey and AddressServerHost belong to the EDAS configuration service SAE once used, which
/// the emulator does not have: they are empty, never made up.
/// </summary>
internal sealed partial class DescribeNamespacesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        Paging paging = Paging.Read(call, 10, 1, 100);
        IReadOnlyList<SaeNamespace> all = call.World.Namespaces;
        return Answer(new()
        {
            CurrentPage = paging.CurrentPage,
            Namespaces = paging.Slice(all).Select(ns => new DescribeNamespacesData.NamespacesItem
            {
                AccessKey = "",
                AddressServerHost = "",
                NameSpaceShortId = NamespaceDescription.ShortIdOf(ns),
                NamespaceDescription = ns.Description,
                NamespaceId = ns.NamespaceId,
                NamespaceName = ns.NamespaceName,
                RegionId = ns.RegionId,
                SecretKey = "",
                TenantId = NamespaceDescription.TenantIdOf(ns),
            }).ToList(),
            PageSize = paging.PageSize,
            TotalSize = all.Count,
        });
    }
}
