using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Ingresses;

/// <summary>
/// The part the ingress cmdlets hold: the namespace-object finder (<see cref="NamespaceObjectFinder{T}"/>) told how
/// ingresses are read (DescribeIngress). Their listing is paged, so Get-SaeIngress lists through the pager and a lost
/// delete's look-up reads every page (IngressChanges); this kind's one-call List reads the first page only.
/// </summary>
internal static class IngressFinder
{
    public static readonly NamespaceObjectKind<SaeIngress> Kind = new NamespaceObjectKind<SaeIngress>(
        "ingress", "InvalidIngressName.NotFound", "InvalidIngressNamePattern", ingress => ingress.Name,
        (location, namespaceId) => IngressCalls.List(location, namespaceId, null, 1, IngressCalls.PageSizes[0]),
        (response, namespaceId, location) => IngressCalls.ParsePage(response, namespaceId, location).Items,
        IngressCalls.Describe, IngressCalls.ParseOne);

    public static NamespaceObjectFinder<SaeIngress> For(SaeCmdletBase cmdlet) => new NamespaceObjectFinder<SaeIngress>(cmdlet, Kind);
}
