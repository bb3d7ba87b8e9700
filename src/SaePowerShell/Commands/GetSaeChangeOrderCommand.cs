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

/// <summary>
/// <para type="synopsis">Gets SAE change orders: one by id, with its batches, or every change order of an application.</para>
/// <para type="description">Get-SaeChangeOrder describes change orders with DescribeChangeOrder: their status (Preparing, Executing, Succeeded, Failed, Terminated, ...), batches and error message. It takes change order ids or the SaeChangeOrder objects that Start-, Stop- and Restart-SaeApplication write. With -AppId, or application objects from the pipeline, it lists every change order of each application with ListChangeOrders, newest first, reading every page. DescribeChangeOrder names only the first application of an order and not its namespace: a change order described by id alone shows '?' for both in the table (give -NamespaceId, or pipe in the change orders Start-SaeApplication wrote, which know their applications).</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo | Start-SaeApplication | Get-SaeChangeOrder</code>
/// <para>Starts the applications of cn-hangzhou:demo and shows where their change order stands.</para>
/// </example>
/// <example>
/// <code>Get-SaeChangeOrder -ChangeOrderId 01db03d3-3ee9-48b3-b3d0-dfce2d880000 -RegionId cn-shanghai | Select-Object -ExpandProperty Batches</code>
/// <para>Shows the batches of one change order.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication cn-shanghai:prod -Name order-api | Get-SaeChangeOrder | Where-Object Status -EQ Failed</code>
/// <para>Lists the failed change orders of an application.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeChangeOrder", DefaultParameterSetName = InputObjectSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeChangeOrder.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class GetSaeChangeOrderCommand : SaeCmdletBase
{
    private ApplicationNamespaces? _namespaces;

    private const string IdSet = "Id";
    private const string InputObjectSet = "InputObject";
    private const string AppIdSet = "AppId";

    /// <summary>
    /// <para type="description">The ids of the change orders to describe.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    public string[] ChangeOrderId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">Change orders to describe again, such as those Start-SaeApplication wrote, or change order id strings.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    public SaeChangeOrder[] InputObject { get; set; } = new SaeChangeOrder[0];

    /// <summary>
    /// <para type="description">List every change order of this application instead, newest first.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = AppIdSet)]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string AppId { get; set; } = string.Empty;

    /// <summary>
    /// <para type="description">The namespace the change orders or the application are in; it tells the region to call (cn-shanghai:prod is in cn-shanghai). Bound from the pipeline by property name.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AppIdSet)]
    public string? NamespaceId { get; set; }

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
            WriteObject(described);
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
                WriteObject(Await(FillNamespace(_namespaces, order, location)));
            },
            AppId,
            "Could not list the change orders of application " + AppId);
    }
}
