using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeIngressCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new Parts.NamespaceObjectFinder<SaeIngress>(this, IngressKind);
        if (ParameterSetName == "Id")
        {
            if (finder.TryLocate(NamespaceId, IngressId!, out ServiceLocation byId) && finder.ById(byId, IngressId!.Value, NamespaceId) is SaeIngress one)
            {
                WriteObject(one);
            }

            return;
        }

        string namespaceId = NamespaceId!;
        if (finder.TryLocate(namespaceId, namespaceId, out ServiceLocation location))
        {
            ForEachPage((page, size) => IngressCalls.List(location, namespaceId, AppId, page, size), response => IngressCalls.ParsePage(response, namespaceId, location),
                ingress => ingress.IngressId.ToString(System.Globalization.CultureInfo.InvariantCulture), IngressCalls.PageSizes, WriteObject, namespaceId,
                "the ingresses of " + namespaceId);
        }
    }

    // Ingresses are read as any namespace object is (by id); their listing is paged, so it goes through the pager
    // rather than the finder's one-call list, which this kind's List therefore reads only the first page of.
    internal static readonly Parts.NamespaceObjectKind<SaeIngress> IngressKind = new Parts.NamespaceObjectKind<SaeIngress>(
        "ingress", "InvalidIngressName.NotFound", "InvalidIngressNamePattern", ingress => ingress.Name,
        (location, namespaceId) => IngressCalls.List(location, namespaceId, null, 1, IngressCalls.PageSizes[0]),
        (response, namespaceId, location) => IngressCalls.ParsePage(response, namespaceId, location).Items,
        IngressCalls.Describe, IngressCalls.ParseOne);
}
