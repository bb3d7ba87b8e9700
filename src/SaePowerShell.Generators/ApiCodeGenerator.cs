using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SaePowerShell.Surface;

namespace SaePowerShell.Generators;

/// <summary>
/// Writes the module's per-API code in the ordinary build: the API declarations, the catalog and the request builders
/// from the official surface, and from the cmdlet table each generated cmdlet's declaration and the table's rows. Both files come in as
/// AdditionalFiles; a problem in either is a build error that names it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ApiCodeGenerator : IIncrementalGenerator
{
    public const string SurfaceFile = "sae-api-surface.json";

    public const string TableFile = "sae-cmdlets.json";

    private static readonly DiagnosticDescriptor BadInput = new DiagnosticDescriptor(
        "SAEGEN001", "The surface or the cmdlet table is wrong", "{0}", "SaePowerShell.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor Missing = new DiagnosticDescriptor(
        "SAEGEN002", "An input file is missing", "{0} is not an AdditionalFile of this project", "SaePowerShell.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Name, string Text)> files = context.AdditionalTextsProvider
            .Where(f => Path.GetFileName(f.Path) == SurfaceFile || Path.GetFileName(f.Path) == TableFile)
            .Select((f, cancellationToken) => (Path.GetFileName(f.Path), f.GetText(cancellationToken)?.ToString() ?? ""));
        // The emulator references this assembly for its own generator (EmulatorCodeGenerator), not for the module's code.
        IncrementalValueProvider<bool> isModule = context.AnalyzerConfigOptionsProvider.Select((options, _) => !EmulatorCodeGenerator.IsEmulator(options.GlobalOptions));
        context.RegisterSourceOutput(files.Collect().Combine(isModule), (production, input) =>
        {
            if (input.Right)
            {
                Generate(production, input.Left);
            }
        });
    }

    private static void Generate(SourceProductionContext context, ImmutableArray<(string Name, string Text)> files)
    {
        string? surfaceText = files.FirstOrDefault(f => f.Name == SurfaceFile).Text;
        string? tableText = files.FirstOrDefault(f => f.Name == TableFile).Text;
        if (surfaceText is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Missing, Location.None, SurfaceFile));
            return;
        }

        SurfaceDocument surface;
        IReadOnlyList<CmdletSpec> table;
        IReadOnlyList<RecordSpec> records;
        try
        {
            surface = SurfaceDocument.Parse(surfaceText);
            table = tableText is null ? new CmdletSpec[0] : CmdletSpec.Parse(tableText);
            records = tableText is null ? new RecordSpec[0] : RecordSpec.Parse(tableText);
        }
        catch (FormatException problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(BadInput, Location.None, problem.Message));
            return;
        }

        Add(context, "SaeApi.g.cs", CatalogWriter.SaeApiFields(surface));
        Add(context, "ApiCatalog.g.cs", CatalogWriter.Definitions(surface));
        Add(context, "SaeRequests.g.cs", RequestWriter.Requests(surface));
        if (tableText is null)
        {
            return;
        }

        IReadOnlyList<string> problems = CmdletWriter.Check(table, surface).Concat(RecordWriter.Check(records, surface)).ToList();
        foreach (string problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(BadInput, Location.None, TableFile + ": " + problem));
        }

        if (problems.Count > 0)
        {
            return;
        }

        Add(context, "CmdletTable.g.cs", CmdletWriter.Table(table, surface));
        foreach (CmdletSpec cmdlet in table.Where(c => c.Generated))
        {
            Add(context, cmdlet.ClassName + ".g.cs", CmdletWriter.Cmdlet(cmdlet, surface));
        }

        foreach (RecordSpec record in records)
        {
            try
            {
                Add(context, record.Type + ".g.cs", RecordWriter.Record(record, surface));
            }
            catch (FormatException problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(BadInput, Location.None, TableFile + ": " + problem.Message));
            }
        }
    }

    private static void Add(SourceProductionContext context, string name, string code) =>
        context.AddSource(name, SourceText.From(code, Encoding.UTF8));
}
