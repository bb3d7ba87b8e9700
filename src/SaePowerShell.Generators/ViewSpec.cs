using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Surface;

namespace SaePowerShell.Generators;

/// <summary>
/// One view of the table's "views" section: the type it formats, its name (the type's full name unless said), a
/// group-by, and either table columns (label, width, alignment, property or script block; wrapped cells) or list items.
/// </summary>
internal sealed class ViewSpec
{
    private ViewSpec(JsonObject entry)
    {
        Type = entry.String("type") ?? throw new FormatException("A view of the table has no 'type'.");
        Name = entry.String("name") ?? "SaePowerShell." + Type;
        GroupBy = entry.Object("groupBy") is JsonObject group ? new ViewItem(group) : null;
        Wrap = entry.Bool("wrap");
        IsList = entry.Has("list");
        Items = entry.Objects(IsList ? "list" : "table").Select(i => new ViewItem(i)).ToList();
    }

    public string Type { get; }

    public string Name { get; }

    public ViewItem? GroupBy { get; }

    public bool Wrap { get; }

    public bool IsList { get; }

    public IReadOnlyList<ViewItem> Items { get; }

    public static IReadOnlyList<ViewSpec> Parse(string json)
    {
        JsonObject root = SurfaceJson.Parse(json) as JsonObject ?? throw new FormatException("The cmdlet table is not a JSON object.");
        return root.Objects("views").Select(v => new ViewSpec(v)).ToList();
    }
}

/// <summary>A column, list item or group-by of a view: what it shows (a property or a script block) and how.</summary>
internal sealed class ViewItem
{
    public ViewItem(JsonObject entry)
    {
        Label = entry.String("label");
        Width = entry["width"]?.ToString();
        Align = entry.String("align");
        Property = entry.String("property");
        Script = entry.String("script");
        if ((Property is null) == (Script is null))
        {
            throw new FormatException("A view item has a 'property' or a 'script', one of them.");
        }
    }

    public string? Label { get; }

    public string? Width { get; }

    public string? Align { get; }

    public string? Property { get; }

    public string? Script { get; }

    public string Shown => Property != null ? "<PropertyName>" + CSharp.Xml(Property) + "</PropertyName>" : "<ScriptBlock>" + CSharp.Xml(Script!) + "</ScriptBlock>";
}
