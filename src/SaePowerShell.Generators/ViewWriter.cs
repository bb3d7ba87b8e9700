using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SaePowerShell.Generators;

/// <summary>
/// The table views of the generated cmdlets' output types, from the table's view columns. A source generator can
/// only write C#, so this file is checked in (module/SaePowerShell/SaePowerShell.Generated.Format.ps1xml); the
/// tests compile this writer and fail when the file is not what it writes. A column is a property name; its width
/// is left to PowerShell, which keeps the last column whole.
/// </summary>
internal static class ViewWriter
{
    public const string FileName = "SaePowerShell.Generated.Format.ps1xml";

    public static string Views(IReadOnlyList<CmdletSpec> table)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Append("<!-- Written from data/sae-cmdlets.json (view columns) by src/SaePowerShell.Generators/ViewWriter.cs; a test fails when it is stale. -->\n");
        xml.Append("<Configuration>\n  <ViewDefinitions>\n");
        var written = new HashSet<string>();
        foreach (CmdletSpec cmdlet in table.Where(c => c.Generated && c.Output != null && c.View.Count > 0))
        {
            if (!written.Add(cmdlet.Output!))
            {
                continue;
            }

            string type = "SaePowerShell." + cmdlet.Output;
            xml.Append("    <View>\n");
            xml.Append("      <Name>" + type + "</Name>\n");
            xml.Append("      <ViewSelectedBy>\n        <TypeName>" + type + "</TypeName>\n      </ViewSelectedBy>\n");
            xml.Append("      <TableControl>\n        <TableHeaders>\n");
            foreach (string column in cmdlet.View)
            {
                xml.Append("          <TableColumnHeader><Label>" + CSharp.Xml(column) + "</Label></TableColumnHeader>\n");
            }

            xml.Append("        </TableHeaders>\n        <TableRowEntries>\n          <TableRowEntry>\n            <TableColumnItems>\n");
            foreach (string column in cmdlet.View)
            {
                xml.Append("              <TableColumnItem><PropertyName>" + CSharp.Xml(column) + "</PropertyName></TableColumnItem>\n");
            }

            xml.Append("            </TableColumnItems>\n          </TableRowEntry>\n        </TableRowEntries>\n      </TableControl>\n    </View>\n");
        }

        xml.Append("  </ViewDefinitions>\n</Configuration>\n");
        return xml.ToString();
    }
}
