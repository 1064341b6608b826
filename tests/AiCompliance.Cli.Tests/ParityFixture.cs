using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Cli.Tests.Fixtures;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The parity fixture, compiled once per test class: the same sources run through the real analyzers and suppressor
/// (as the build runs them, with the mode's shipped .globalconfig and the MSBuild properties as global options), and
/// emitted to a file that <c>aicompliance check</c> reads.
/// </summary>
public sealed class ParityFixture : IDisposable
{
    /// <summary>The frameworks the analyzers see: three known ones and an unknown id (AIC005 on the build side only).</summary>
    public const string BuildFrameworks = "asean-japan-2026,asean-guide-2024,eu-ai-act,no-such-framework";

    public const string CheckFrameworks = "asean-japan-2026,asean-guide-2024,eu-ai-act";

    private readonly ConcurrentDictionary<string, Lazy<Task<Run>>> _runs = new(StringComparer.Ordinal);
    private readonly Lazy<Task<(string Path, Compilation Compilation)>> _assembly;

    /// <summary>The real date of both sides: the day the fixture's acceptances were written against.</summary>
    public static readonly DateTime RealToday = DateTime.ParseExact(ParitySource.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public ParityFixture()
    {
        _assembly = new Lazy<Task<(string, Compilation)>>(EmitAsync);
    }

    public TempDirectory Directory { get; } = new("aicompliance-parity");

    /// <summary>What one mode gives on each side.</summary>
    public sealed record Run(string Mode, ImmutableArray<Diagnostic> Diagnostics, Compilation Compilation, string AssemblyPath, CliRunner.Result Check, string SarifPath, JsonDocument Sarif);

    public Task<Run> ForModeAsync(string mode) => _runs.GetOrAdd(mode, m => new Lazy<Task<Run>>(() => RunAsync(m))).Value;

    public static AnalysisProject CreateTest(string mode)
    {
        var test = new AnalysisProject(ParitySource.Text);
        test.Analyzers.AddRange(AnalyzerAssemblies.Analyzers(typeof(AiCompliance.Analyzers.Infrastructure.PolicyRuleAnalyzer).Assembly));

        // Both sides judge risk acceptances on the same pinned real date, so that the findings do not change with the clock.
        foreach (var analyzer in test.Analyzers)
        {
            switch (analyzer)
            {
                case AiCompliance.Analyzers.Infrastructure.PolicyRuleAnalyzer rule:
                    rule.RealToday = RealToday;
                    break;
                case AiCompliance.Analyzers.Acceptances.RiskAcceptanceSuppressor suppressor:
                    suppressor.RealToday = RealToday;
                    break;
            }
        }

        test.GlobalOptions["build_property.AiComplianceMode"] = mode;
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = ParitySource.Date;
        test.GlobalOptions["build_property.AiComplianceFrameworkIds"] = BuildFrameworks;
        test.GlobalOptions["aicompliance.max_acceptance_days"] = "200";
        test.GlobalOptions["aicompliance.assessment_max_age_days"] = "400";

        // The severities of the mode, as the package adds them to the build.
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(Enum.Parse<ComplianceMode>(mode, ignoreCase: true)));
        return test;
    }

    public void Dispose()
    {
        foreach (var run in _runs.Values.Where(r => r.IsValueCreated && r.Value.IsCompletedSuccessfully))
        {
            run.Value.Result.Sarif.Dispose();
        }

        Directory.Dispose();
    }

    private async Task<(string, Compilation)> EmitAsync()
    {
        var project = CreateTest("recommended").CreateProject();
        var compilation = (await project.GetCompilationAsync())!;
        var path = FixtureCompiler.Emit(compilation, Directory.Combine("Contoso.Lending.dll"));
        return (path, compilation);
    }

    private async Task<Run> RunAsync(string mode)
    {
        var (path, _) = await _assembly.Value;
        var test = CreateTest(mode);
        var project = test.CreateProject();
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await test.ComputeDiagnosticsAsync(project);

        var sarif = Directory.Combine($"check-{mode}.sarif");
        var check = CliRunner.RunOn(
            RealToday,
            null,
            "check", path, "--mode", mode, "--date", ParitySource.Date, "--frameworks", CheckFrameworks,
            "--max-acceptance-days", "200", "--assessment-max-age-days", "400", "--sarif", sarif);
        return new Run(mode, diagnostics, compilation, path, check, sarif, JsonDocument.Parse(File.ReadAllBytes(sarif)));
    }

    /// <summary>
    /// What a diagnostic is about, found from its location as a reader of the build log would: the model (its id) or
    /// stray type (its name) whose declaration holds it, or the [assembly: Dataset] (its id) or [assembly: RiskAcceptance]
    /// (its position) it sits on.
    /// </summary>
    public static string SubjectOf(Diagnostic diagnostic, Compilation compilation, ScannedAssembly scanned)
    {
        var tree = diagnostic.Location.SourceTree ?? throw new InvalidOperationException("A diagnostic without a source location: " + diagnostic);
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var list = node.AncestorsAndSelf().OfType<AttributeListSyntax>().FirstOrDefault();
        if (list?.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true)
        {
            var syntax = node.AncestorsAndSelf().OfType<AttributeSyntax>().First();
            var attributes = compilation.Assembly.GetAttributes();
            var data = attributes.Single(a => a.ApplicationSyntaxReference?.SyntaxTree == tree && a.ApplicationSyntaxReference.Span == syntax.Span);
            switch (data.AttributeClass?.Name)
            {
                case "DatasetAttribute":
                    return "dataset:" + (data.ConstructorArguments[0].Value as string ?? "");
                case "RiskAcceptanceAttribute":
                    var acceptances = attributes.Where(a => a.AttributeClass?.Name == "RiskAcceptanceAttribute").ToList();
                    return "riskAcceptance:#" + (acceptances.IndexOf(data) + 1);
                default:
                    throw new InvalidOperationException("A diagnostic on an unexpected assembly attribute: " + diagnostic);
            }
        }

        var declaration = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().First();
        var type = compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!;
        var name = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        var declarations = scanned.Declarations.Types.Single(t => t.TypeName == name);
        return declarations.Identity is null ? "type:" + name : "model:" + declarations.DisplayId;
    }

    /// <summary>The same, from a SARIF result of <c>aicompliance check</c>.</summary>
    public static string SubjectOf(JsonElement result)
    {
        var properties = result.GetProperty("properties");
        var kind = properties.GetProperty("subjectKind").GetString();
        if (kind == "riskAcceptance")
        {
            var occurrence = properties.GetProperty("occurrence");
            return "riskAcceptance:#" + (occurrence.ValueKind == JsonValueKind.Number ? occurrence.GetInt32() : 1);
        }

        return kind + ":" + properties.GetProperty("subjectId").GetString();
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    public static IReadOnlyList<string> Describe(IEnumerable<(string Rule, string Subject, string Level, bool Suppressed, string Message)> findings) =>
        findings.Select(f => $"{f.Rule} | {f.Subject} | {f.Level} | {(f.Suppressed ? "suppressed" : "open")} | {f.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>The parity fixture is compiled once and shared by every class that checks it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedParityFixture : ICollectionFixture<ParityFixture>
{
    public const string Name = "Parity fixture";
}
