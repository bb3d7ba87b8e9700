using SaePowerShell.Commands.Ingresses;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeIngressCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = IngressFinder.For(this);
        if (ParameterSetName == "Id")
        {
            if (finder.TryLocate(NamespaceId, IngressId!, out ServiceLocation byId) && finder.ById(byId, IngressId!.Value, NamespaceId) is SaeIngress one)
            {
                WriteListed(one);
            }

            return;
        }

        string namespaceId = NamespaceId!;
        if (finder.TryLocate(namespaceId, namespaceId, out ServiceLocation location))
        {
            ForEachPage((page, size) => IngressCalls.List(location, namespaceId, AppId, page, size), response => IngressCalls.ParsePage(response, namespaceId, location),
                ingress => ingress.IngressId.ToString(System.Globalization.CultureInfo.InvariantCulture), IngressCalls.PageSizes, WriteListed, namespaceId,
                "the ingresses of " + namespaceId);
        }
    }
}
