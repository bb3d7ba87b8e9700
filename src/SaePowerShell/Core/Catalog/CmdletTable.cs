using System;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// The cmdlet table (data/sae-cmdlets.json) as data: one row per typed cmdlet, with the APIs it calls and how a lost
/// answer of each change is found out. The build writes the rows (CmdletTable.g.cs); the contract tests read them.
/// </summary>
internal static partial class CmdletTable
{
    private static readonly Lazy<IReadOnlyList<CmdletRow>> Lazy = new Lazy<IReadOnlyList<CmdletRow>>(Load);

    public static IReadOnlyList<CmdletRow> Rows => Lazy.Value;

    public static CmdletRow? Find(string cmdlet) => Rows.FirstOrDefault(r => string.Equals(r.Cmdlet, cmdlet, StringComparison.OrdinalIgnoreCase));
}
