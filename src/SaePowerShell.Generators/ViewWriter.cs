using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SaePowerShell.Generators;

/// <summary>
/// The module's format views, all from the table: its "views" section, then the generated cmdlets' output types' view columns. A source generator can
/// only write C#, so this file is checked in (module/SaePowerShell/SaePowerShell.Generated.Format.ps1xml); the
/// tests compile this writer and fail when the file is not what it writes. A column is a property name; its width
/// is left to PowerShell, which keeps the last column whole.
/// </summary>
internal static class ViewWriter
{
    // Why the views look as they do (each view's own reasons are its '$comment' in the table).
    private const string Design = "Each table holds what a person needs to decide at 80 columns, whole: ids, full status names, the part of an image or object name that differs ([SaePowerShell.SaeShortName], cutting what rows share); a cell too long for its column wraps (Wrap) rather than being cut. Where a table cannot hold everything, a list view named Wide shows it all (Format-List -View Wide; plain Format-List picks it too, Format-List * shows every property). Times are local. tests/Pester/Views.Tests.ps1 renders every view at 80 and 120 columns against the emulator's seed world.";

    public const string FileName = "SaePowerShell.Generated.Format.ps1xml";

    public static string Views(IReadOnlyList<ViewSpec> views, IReadOnlyList<CmdletSpec> table)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Append("<!-- Written from data/sae-cmdlets.json (its views, and the generated cmdlets' view columns) by src/SaePowerShell.Generators/ViewWriter.cs; a test fails when it is stale. -->\n");
        xml.Append("<!-- " + Design + " -->\n");
        xml.Append("<Configuration>\n  <ViewDefinitions>\n");
        foreach (ViewSpec view in views)
        {
            Write(xml, view);
        }

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

    private static void Write(StringBuilder xml, ViewSpec view)
    {
        xml.Append("    <View>\n");
        xml.Append("      <Name>" + CSharp.Xml(view.Name) + "</Name>\n");
        xml.Append("      <ViewSelectedBy>\n        <TypeName>SaePowerShell." + CSharp.Xml(view.Type) + "</TypeName>\n      </ViewSelectedBy>\n");
        if (view.GroupBy is ViewItem group)
        {
            xml.Append("      <GroupBy>\n        " + group.Shown + "\n");
            if (group.Label != null)
            {
                xml.Append("        <Label>" + CSharp.Xml(group.Label) + "</Label>\n");
            }

            xml.Append("      </GroupBy>\n");
        }

        if (view.IsList)
        {
            xml.Append("      <ListControl>\n        <ListEntries>\n          <ListEntry>\n            <ListItems>\n");
            foreach (ViewItem item in view.Items)
            {
                xml.Append("              <ListItem>" + (item.Label != null ? "<Label>" + CSharp.Xml(item.Label) + "</Label>" : "") + item.Shown + "</ListItem>\n");
            }

            xml.Append("            </ListItems>\n          </ListEntry>\n        </ListEntries>\n      </ListControl>\n    </View>\n");
            return;
        }

        xml.Append("      <TableControl>\n        <TableHeaders>\n");
        foreach (ViewItem column in view.Items)
        {
            xml.Append("          <TableColumnHeader>" + (column.Label != null ? "<Label>" + CSharp.Xml(column.Label) + "</Label>" : "")
                + (column.Width != null ? "<Width>" + column.Width + "</Width>" : "")
                + (column.Align != null ? "<Alignment>" + CSharp.Xml(column.Align) + "</Alignment>" : "") + "</TableColumnHeader>\n");
        }

        xml.Append("        </TableHeaders>\n        <TableRowEntries>\n          <TableRowEntry>\n" + (view.Wrap ? "            <Wrap />\n" : "") + "            <TableColumnItems>\n");
        foreach (ViewItem column in view.Items)
        {
            xml.Append("              <TableColumnItem>" + column.Shown + "</TableColumnItem>\n");
        }

        xml.Append("            </TableColumnItems>\n          </TableRowEntry>\n        </TableRowEntries>\n      </TableControl>\n    </View>\n");
    }
}
