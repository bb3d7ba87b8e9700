using System;
using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The part the cmdlets that act on change orders hold (Wait-, Resume- and Stop-SaeChangeOrder): change orders from
/// the pipeline (SaeChangeOrder objects, or id strings, which convert to one), or ids by property name with the
/// namespace that tells the region. Each is read once per command; a bad id is one error and the rest go on.
/// </summary>
internal sealed class ChangeOrderInputs
{
    internal const string IdSet = "Id";
    internal const string InputObjectSet = "InputObject";

    private readonly SaeCmdletBase _cmdlet;
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

    public ChangeOrderInputs(SaeCmdletBase cmdlet) => _cmdlet = cmdlet;

    /// <summary>
    /// The change orders of this record, each a copy the command may refresh, with what it came from; a bad id is
    /// written as an error, and a change order already read in this command is left out.
    /// </summary>
    public IReadOnlyList<KeyValuePair<SaeChangeOrder, object>> Read(string parameterSet, IReadOnlyList<SaeChangeOrder> inputObjects, IReadOnlyList<string> ids, string? namespaceId)
    {
        var read = new List<KeyValuePair<SaeChangeOrder, object>>();
        if (parameterSet == InputObjectSet)
        {
            foreach (SaeChangeOrder order in inputObjects)
            {
                Keep(ChangeOrderInputReader.FromObject(order, out string? problem), problem, order, read);
            }
        }
        else
        {
            foreach (string id in ids)
            {
                Keep(ChangeOrderInputReader.FromId(id, namespaceId, null, out string? problem), problem, id, read);
            }
        }

        return read;
    }

    private void Keep(SaeChangeOrder? order, string? problem, object input, List<KeyValuePair<SaeChangeOrder, object>> read)
    {
        if (order is null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidChangeOrderId", problem!, input));
        }
        else if (_seen.Add(order.ChangeOrderId))
        {
            read.Add(new KeyValuePair<SaeChangeOrder, object>(order, input));
        }
    }
}
