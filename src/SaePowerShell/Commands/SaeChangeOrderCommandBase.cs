using System;
using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// What the cmdlets that act on change orders share (Wait-, Resume- and Stop-SaeChangeOrder): change orders from the
/// pipeline (SaeChangeOrder objects, or id strings, which convert to one), or ids by property name with the namespace
/// that tells the region. Each is read once; a bad id is one error and the rest go on.
/// </summary>
public abstract class SaeChangeOrderCommandBase : SaeCmdletBase
{
    internal const string IdSet = "Id";
    internal const string InputObjectSet = "InputObject";

    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// <para type="description">The ids of the change orders.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    public string[] ChangeOrderId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">Change orders, such as those Start-SaeApplication or Deploy-SaeApplication write, or change order id strings.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    public SaeChangeOrder[] InputObject { get; set; } = new SaeChangeOrder[0];

    /// <summary>
    /// <para type="description">The namespace the change orders are in; it tells the region to call. Bound from the pipeline by property name.</para>
    /// </summary>
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// The change orders of this record, each a copy the command may refresh, with what it came from; a bad id is
    /// written as an error, and a change order already read in this command is left out.
    /// </summary>
    internal IEnumerable<KeyValuePair<SaeChangeOrder, object>> ReadChangeOrders()
    {
        var read = new List<KeyValuePair<SaeChangeOrder, object>>();
        if (ParameterSetName == InputObjectSet)
        {
            foreach (SaeChangeOrder order in InputObject)
            {
                Keep(ChangeOrderInputReader.FromObject(order, out string? problem), problem, order, read);
            }
        }
        else
        {
            foreach (string id in ChangeOrderId)
            {
                Keep(ChangeOrderInputReader.FromId(id, NamespaceId, null, out string? problem), problem, id, read);
            }
        }

        return read;
    }

    private void Keep(SaeChangeOrder? order, string? problem, object input, List<KeyValuePair<SaeChangeOrder, object>> read)
    {
        if (order is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidChangeOrderId", problem!, input));
        }
        else if (_seen.Add(order.ChangeOrderId))
        {
            read.Add(new KeyValuePair<SaeChangeOrder, object>(order, input));
        }
    }
}
