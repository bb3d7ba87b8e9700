using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Surface;

namespace SaePowerShell.Generators;

/// <summary>
/// The cmdlet table (data/sae-cmdlets.json): one entry per typed cmdlet, saying what the surface cannot: its name,
/// the APIs it calls, its parameters (each bound to an API's parameter, with its sets, pipeline binding, completer and
/// checks), whether it acts and its never-twice evidence, its output type and view columns, and its help.
/// </summary>
internal sealed class CmdletSpec
{
    public static readonly string[] EvidenceKinds = { "none", "batch-by-namespace", "application-change-orders", "change-order", "look-up-by-name", "look-up", "read-back", "instances" };

    private CmdletSpec(JsonObject entry)
    {
        Cmdlet = entry.String("cmdlet") ?? throw new FormatException("An entry of the cmdlet table has no 'cmdlet'.");
        int dash = Cmdlet.IndexOf('-');
        if (dash <= 0)
        {
            throw new FormatException(Cmdlet + ": a cmdlet name is Verb-Noun.");
        }

        Verb = Cmdlet.Substring(0, dash);
        Noun = Cmdlet.Substring(dash + 1);
        ClassName = Verb + Noun + "Command";
        Apis = entry.Strings("apis");
        Evidence = entry.String("evidence") ?? "none";
        if (!EvidenceKinds.Contains(Evidence))
        {
            throw new FormatException(Cmdlet + ": evidence '" + Evidence + "' is none of " + string.Join(", ", EvidenceKinds) + ".");
        }

        ChangeOrderTypeCodes = entry.Strings("coTypeCodes");
        Output = entry.String("output");
        Outputs = entry.Has("outputs") ? entry.Strings("outputs") : Output is null ? new string[0] : new[] { Output };
        Base = entry.String("base") ?? "SaeCmdletBase";
        SupportsShouldProcess = entry.Bool("supportsShouldProcess") || entry.String("confirmImpact") != null;
        Generated = entry.Has("parameters");
        DefaultSet = entry.String("defaultSet");
        ConfirmImpact = entry.String("confirmImpact");
        Synopsis = entry.String("synopsis") ?? "";
        Description = entry.String("description") ?? "";
        Paging = entry.String("paging") ?? "none";
        Groups = entry.Strings("groups");
        TrailingGroups = entry.Strings("trailingGroups");
        Parameters = entry.Objects("parameters").Select(p => new ParameterSpec(Cmdlet, p)).ToList();
        View = entry.Strings("view");
        Examples = entry.Objects("examples").Select(e => new ExampleSpec(e.String("code") ?? "", e.String("remarks") ?? "")).ToList();
    }

    public string Cmdlet { get; }

    public string Verb { get; }

    public string Noun { get; }

    public string ClassName { get; }

    public IReadOnlyList<string> Apis { get; }

    /// <summary>How a lost answer is found out (none for a read).</summary>
    public string Evidence { get; }

    public IReadOnlyList<string> ChangeOrderTypeCodes { get; }

    public string? Output { get; }

    /// <summary>The types its [OutputType] names: "outputs" where given (none, or several), else the output type.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The class it derives from: SaeCmdletBase unless it needs no SAE context (CancellableCmdlet, PSCmdlet).</summary>
    public string Base { get; }

    public bool SupportsShouldProcess { get; }

    /// <summary>Whether the parameter block is generated; an entry without parameters still declares its APIs and evidence.</summary>
    public bool Generated { get; }

    public string? DefaultSet { get; }

    /// <summary>Low, Medium or High where the cmdlet acts (it then supports -WhatIf and -Confirm).</summary>
    public string? ConfirmImpact { get; }

    public string Synopsis { get; }

    public string Description { get; }

    /// <summary>none, or pages: the cmdlet follows CurrentPage/PageSize.</summary>
    public string Paging { get; }

    /// <summary>The cmdlet's own parameters; <see cref="AllParameters"/> adds those of its groups.</summary>
    public IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>The shared parameter groups it takes (the table's parameterGroups), before its own parameters.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>
    /// The shared parameter groups it takes after its own parameters (what a cmdlet adds to its targets, as a former
    /// base class's parameters came after the cmdlet's own), so help lists the targets first.
    /// </summary>
    public IReadOnlyList<string> TrailingGroups { get; }

    public IReadOnlyList<ParameterSpec> AllParameters { get; private set; } = new ParameterSpec[0];

    public IReadOnlyList<string> View { get; }

    public IReadOnlyList<ExampleSpec> Examples { get; }

    public static IReadOnlyList<CmdletSpec> Parse(string json)
    {
        JsonObject root = SurfaceJson.Parse(json) as JsonObject ?? throw new FormatException("The cmdlet table is not a JSON object.");
        var groups = (root.Object("parameterGroups") ?? new JsonObject()).Members.ToDictionary(
            m => m.Key,
            m => ((m.Value as List<object?>) ?? new List<object?>()).OfType<JsonObject>().Select(p => new ParameterSpec("group " + m.Key, p)).ToList());
        var table = root.Objects("cmdlets").Select(e => new CmdletSpec(e)).ToList();
        foreach (CmdletSpec cmdlet in table)
        {
            var all = new List<ParameterSpec>();
            all.AddRange(cmdlet.Groups.SelectMany(g => Group(cmdlet, groups, g)));
            all.AddRange(cmdlet.Parameters);
            all.AddRange(cmdlet.TrailingGroups.SelectMany(g => Group(cmdlet, groups, g)));
            foreach (IGrouping<string, ParameterSpec> twice in all.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                throw new FormatException(cmdlet.Cmdlet + ": -" + twice.Key + " is declared twice (by its groups or its own parameters).");
            }

            cmdlet.AllParameters = all;
        }

        return table;
    }

    private static IEnumerable<ParameterSpec> Group(CmdletSpec cmdlet, Dictionary<string, List<ParameterSpec>> groups, string group) =>
        groups.TryGetValue(group, out List<ParameterSpec>? members) ? members : throw new FormatException(cmdlet.Cmdlet + ": there is no parameter group '" + group + "'.");
}

/// <summary>One parameter of a generated cmdlet.</summary>
internal sealed class ParameterSpec
{
    public ParameterSpec(string cmdlet, JsonObject p)
    {
        Name = p.String("name") ?? throw new FormatException(cmdlet + ": a parameter has no name.");
        Wire = p.String("wire");
        Type = p.String("type");
        Description = p.String("description") ?? throw new FormatException(cmdlet + " -" + Name + ": a parameter needs a description (it is its help).");
        ByPropertyName = p.Bool("byPropertyName");
        Completer = p.String("completer");
        Aliases = p.Strings("aliases");
        ValidateSet = p.Bool("validateSet");
        Wildcards = p.Bool("wildcards");
        Range = p.Strings("range");
        ValidateValues = p.Strings("validateValues");
        Attributes = p.Strings("attributes");
        AllowEmptyString = p.Bool("allowEmptyString");
        AllowNull = p.Bool("allowNull");
        AllowEmptyCollection = p.Bool("allowEmptyCollection");
        ValidateNotNull = p.Bool("validateNotNull");
        NotNullOrEmpty = !p.Has("notNullOrEmpty") || p.Bool("notNullOrEmpty");
        Default = p.String("default");
        Sets = (p.Object("sets") ?? new JsonObject()).Members
            .Select(m => new ParameterSetSpec(m.Key, (m.Value as JsonObject) ?? new JsonObject()))
            .ToList();
    }

    public string Name { get; }

    /// <summary><c>Api.Parameter</c>: the surface parameter it fills, whose type, required flag and documented values it takes.</summary>
    public string? Wire { get; }

    /// <summary>A C# type that overrides the one the wire parameter's type gives (hashtable, string[], SwitchParameter, a model type).</summary>
    public string? Type { get; }

    public string Description { get; }

    public bool ByPropertyName { get; }

    public string? Completer { get; }

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The wire parameter's documented values become a ValidateSet.</summary>
    public bool ValidateSet { get; }

    public bool Wildcards { get; }

    /// <summary>Other attributes, as C# (such as Credential), written as they are.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>A ValidateSet of these values, where the surface documents none.</summary>
    public IReadOnlyList<string> ValidateValues { get; }

    /// <summary>[min, max]: a ValidateRange.</summary>
    public IReadOnlyList<string> Range { get; }

    public IReadOnlyList<ParameterSetSpec> Sets { get; }

    /// <summary>An empty string is bound, so the cmdlet can answer it with an error per item ([AllowEmptyString]).</summary>
    public bool AllowEmptyString { get; }

    /// <summary>Null is bound ([AllowNull]), for a cmdlet that answers it with an error of its own.</summary>
    public bool AllowNull { get; }

    /// <summary>An empty list is bound ([AllowEmptyCollection]).</summary>
    public bool AllowEmptyCollection { get; }

    /// <summary>[ValidateNotNull] in place of [ValidateNotNullOrEmpty]: null is refused, an empty value (a hashtable, @{}) is not.</summary>
    public bool ValidateNotNull { get; }

    /// <summary>Whether [ValidateNotNullOrEmpty] is added (every text or list parameter, unless it allows empty strings or says no).</summary>
    public bool NotNullOrEmpty { get; }

    /// <summary>A C# expression the property starts with; the property is then not nullable.</summary>
    public string? Default { get; }
}

/// <summary>How a parameter takes part in one parameter set ("*" for all).</summary>
internal sealed class ParameterSetSpec
{
    public ParameterSetSpec(string name, JsonObject p)
    {
        Name = name;
        Mandatory = p.Bool("mandatory");
        Pipeline = p.Bool("pipeline");
        ByPropertyName = p.Bool("byPropertyName");
        Position = p["position"] is JsonNumber n ? int.Parse(n.Text, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
    }

    public string Name { get; }

    public bool Mandatory { get; }

    public bool Pipeline { get; }

    /// <summary>Bound by property name in this set only (the parameter's own byPropertyName is for every set).</summary>
    public bool ByPropertyName { get; }

    public int? Position { get; }
}

internal sealed class ExampleSpec
{
    public ExampleSpec(string code, string remarks)
    {
        Code = code;
        Remarks = remarks;
    }

    public string Code { get; }

    public string Remarks { get; }
}
