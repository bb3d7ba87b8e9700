using System.Management.Automation;
using System.Threading.Tasks;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeChangeOrderCommand
{
    private ApplicationNamespaces? _namespaces;

    private const string IdSet = "Id";
    private const string InputObjectSet = "InputObject";
    private const string AppIdSet = "AppId";

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                foreach (string id in ChangeOrderId)
                {
                    Describe(ChangeOrderInputReader.FromId(id, NamespaceId, null, out string? problem), problem, id);
                }

                break;
            case InputObjectSet:
                foreach (SaeChangeOrder order in InputObject)
                {
                    Describe(ChangeOrderInputReader.FromObject(order, out string? problem), problem, order);
                }

                break;
            case AppIdSet:
                ListForApplication();
                break;
        }
    }

    // DescribeChangeOrder names the application, not the namespace: Await wants a value, so the fill answers the order.
    private async Task<SaeChangeOrder> FillNamespace(ApplicationNamespaces namespaces, SaeChangeOrder order, ServiceLocation location)
    {
        await namespaces.FillAsync(order, location, CancellationToken).ConfigureAwait(false);
        return order;
    }

    private void Describe(SaeChangeOrder? order, string? problem, object? target)
    {
        if (order is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidChangeOrderId", problem!, target));
            return;
        }

        if (!TryLocate(order.NamespaceId, order.RegionId, target, out ServiceLocation location))
        {
            return;
        }

        ApiResponse? response = Call(DescribeChangeOrderCall.Request(location, order.ChangeOrderId, order.NamespaceId), target, "Could not get change order " + order.ChangeOrderId);
        if (response != null)
        {
            SaeChangeOrder described = DescribeChangeOrderCall.Parse(response, order, location);
            _namespaces ??= new ApplicationNamespaces(Client);
            Await(FillNamespace(_namespaces, described, location));
            WriteListed(described);
        }
    }

    private void ListForApplication()
    {
        if (InputRules.AppIdProblem(AppId) is string problem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, AppId));
            return;
        }

        if (!TryLocate(NamespaceId, null, AppId, out ServiceLocation location))
        {
            return;
        }

        ForEachPage(
            page => ListChangeOrdersCall.Request(location, AppId, NamespaceId, page),
            response => ListChangeOrdersCall.Parse(response, AppId, NamespaceId, location),
            order => order.ChangeOrderId,
            ListChangeOrdersCall.PageSize,
            order =>
            {
                _namespaces ??= new ApplicationNamespaces(Client);
                WriteListed(Await(FillNamespace(_namespaces, order, location)));
            },
            AppId,
            "Could not list the change orders of application " + AppId);
    }
}
