using System.Management.Automation;
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
    private const string IdSet = "Id";
    private const string InputObjectSet = "InputObject";
    private const string AppIdSet = "AppId";

    /// <inheritdoc />
    protected override void ProcessRecord()
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
            WriteObject(DescribeChangeOrderCall.Parse(response, order, location));
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
            WriteObject,
            AppId,
            "Could not list the change orders of application " + AppId);
    }
}
