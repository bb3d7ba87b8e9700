using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SaePowerShell.Surface;

namespace SaePowerShell.Generators;

/// <summary>
/// Writes the emulator's per-API code in its ordinary build: for every handler (a partial class named
/// <c>&lt;Api&gt;Api</c> that implements ISaeApi) its official name and its answer's shape, and the table of all of
/// them. A handler whose name is no API of the surface, or that is not partial, is a build error.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EmulatorCodeGenerator : IIncrementalGenerator
{
    private const string HandlerInterface = "ISaeApi";

    private static readonly DiagnosticDescriptor UnknownApi = new DiagnosticDescriptor(
        "SAEGEN003", "A handler names no SAE API", "{0} implements ISaeApi, but the official surface has no API {1}", "SaePowerShell.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NotPartial = new DiagnosticDescriptor(
        "SAEGEN004", "A handler is not partial", "{0} implements ISaeApi and must be partial, since its name and answer shape are generated", "SaePowerShell.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor BadSurface = new DiagnosticDescriptor(
        "SAEGEN005", "The surface is wrong", "{0}", "SaePowerShell.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>Whether the project is the emulator (its SaeGeneratedCode property); the module's generator runs everywhere else.</summary>
    internal static bool IsEmulator(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.SaeGeneratedCode", out string? kind) && kind == "Emulator";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<bool> isEmulator = context.AnalyzerConfigOptionsProvider.Select((options, _) => IsEmulator(options.GlobalOptions));
        IncrementalValueProvider<ImmutableArray<string>> surface = context.AdditionalTextsProvider
            .Where(f => Path.GetFileName(f.Path) == ApiCodeGenerator.SurfaceFile)
            .Select((f, cancellationToken) => f.GetText(cancellationToken)?.ToString() ?? "")
            .Collect();
        IncrementalValueProvider<ImmutableArray<Handler>> handlers = context.SyntaxProvider
            .CreateSyntaxProvider(
                (node, _) => node is ClassDeclarationSyntax c && c.BaseList is not null && c.BaseList.Types.Any(t => t.Type.ToString() == HandlerInterface),
                (syntax, _) =>
                {
                    var declaration = (ClassDeclarationSyntax)syntax.Node;
                    return new Handler(declaration.Identifier.ValueText, declaration.Modifiers.Any(SyntaxKind.PartialKeyword), declaration.Identifier.GetLocation());
                })
            .Collect();
        context.RegisterSourceOutput(isEmulator.Combine(surface).Combine(handlers), (production, input) =>
        {
            if (input.Left.Left)
            {
                Generate(production, input.Left.Right, input.Right);
            }
        });
    }

    private static void Generate(SourceProductionContext context, ImmutableArray<string> surfaceTexts, ImmutableArray<Handler> handlers)
    {
        if (surfaceTexts.Length == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(BadSurface, Location.None, ApiCodeGenerator.SurfaceFile + " is not an AdditionalFile of this project"));
            return;
        }

        SurfaceDocument surface;
        try
        {
            surface = SurfaceDocument.Parse(surfaceTexts[0]);
        }
        catch (FormatException problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(BadSurface, Location.None, problem.Message));
            return;
        }

        var served = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Handler handler in handlers.GroupBy(h => h.ClassName).Select(g => g.First()))
        {
            string apiName = handler.ClassName.EndsWith("Api", StringComparison.Ordinal) ? handler.ClassName.Substring(0, handler.ClassName.Length - 3) : handler.ClassName;
            if (surface.Find(apiName) is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(UnknownApi, handler.Location, handler.ClassName, apiName));
                continue;
            }

            if (!handlers.Where(h => h.ClassName == handler.ClassName).Any(h => h.IsPartial))
            {
                context.ReportDiagnostic(Diagnostic.Create(NotPartial, handler.Location, handler.ClassName));
                continue;
            }

            served[apiName] = handler.ClassName;
        }

        // In the surface's order, so that each shape is declared where the surface first has it.
        var inOrder = surface.Apis.Where(api => served.ContainsKey(api.Name)).Select(api => (Api: api, ClassName: served[api.Name])).ToList();
        var writer = new AnswerWriter(inOrder);
        foreach ((SurfaceOperation api, string className) in inOrder)
        {
            context.AddSource(className + ".g.cs", SourceText.From(writer.CodeOf(api), Encoding.UTF8));
        }

        context.AddSource("SaeApiTable.g.cs", SourceText.From(AnswerWriter.Table(inOrder.Select(h => h.ClassName).ToList()), Encoding.UTF8));
    }

    /// <summary>A class that implements ISaeApi, as the syntax shows it; a record, so the pipeline can cache it.</summary>
    private sealed record Handler(string ClassName, bool IsPartial, Location Location);
}
