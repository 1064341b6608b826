using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.ModelCards.Checking;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// <c>aicompliance check</c> on a DLL applies the code-evidence rules (AIC401–AIC403) to what the package's generator
/// recorded in it, with the same verdicts and messages as the build's analyzers on the source, and says so when an
/// assembly records no code evidence rather than passing them silently.
/// </summary>
public sealed class CodeEvidenceCheckTests
{
    private const string ProjectDirectory = "/home/builder/src/Support";

    private const string Source = """
        using System;
        using AiCompliance;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;

        [AiModel("support-bot", BaseModel = "gpt-4o")]
        [HumanOversight(OversightMode.HumanInTheLoop)]
        [DataResidency("SG")]
        public sealed class SupportBot
        {
            private readonly ChatClient _chat = new("gpt-4o-mini", "key");
            private readonly OpenAIClientOptions _options = new() { Endpoint = new Uri("https://api.openai.com/v1") };

            public AITool[] Tools() =>
                [new ApprovalRequiredAIFunction(AIFunctionFactory.Create((int id) => id, name: "refund")),
                 AIFunctionFactory.Create((string q) => q, name: "close_account")];
        }

        [AiModel("quiet-bot", BaseModel = "gpt-4o")]
        [DataResidency("SG")]
        public sealed class QuietBot
        {
            private readonly ChatClient _chat = new("gpt-4o", "key");
        }
        """;

    private static readonly string[] CodeRules = RuleCatalog.All.Where(r => r.ReadsCode).Select(r => r.Descriptor.Id).ToArray();

    [Fact]
    public void Check_on_the_dll_reports_what_the_analyzers_report_on_the_source_at_the_recorded_lines()
    {
        using var directory = new TempDirectory("code-evidence-check");
        var (compilation, build) = BuildWithGenerator(("Bots/SupportBot.cs", Source));
        var dll = FixtureCompiler.Emit(compilation, Path.Combine(directory.Path, "Support.dll"));
        var sarifPath = Path.Combine(directory.Path, "check.sarif");

        var run = CliRunner.Run("check", dll, "--mode", "recommended", "--sarif", sarifPath);

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => CodeRules.Contains(r.GetProperty("ruleId").GetString()))
            .Select(r => (
                Rule: r.GetProperty("ruleId").GetString()!,
                Message: r.GetProperty("message").GetProperty("text").GetString()!,
                File: r.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                Line: r.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))
            .OrderBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.Line)
            .ToArray();
        var expected = build
            .Select(d => (
                Rule: d.Id,
                Message: d.GetMessage(CultureInfo.InvariantCulture),
                File: "Bots/SupportBot.cs",
                Line: d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .OrderBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.Line)
            .ToArray();

        Assert.Equal(["AIC401", "AIC402", "AIC403"], expected.Select(e => e.Rule));
        Assert.Equal(expected, results);
        Assert.Equal("Model 'support-bot' calls 'gpt-4o-mini' here but declares BaseModel 'gpt-4o': make BaseModel name the model the code calls", results[0].Message);
        Assert.DoesNotContain(CodeRules, rule => sarif.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("notCheckable").EnumerateArray().Any(e => e.GetString() == rule));
        Assert.True(run.Out.Contains("SupportBot (code: Bots/SupportBot.cs:12)", StringComparison.Ordinal), run.Out);
        Assert.Equal("PROJECTROOT", sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.TryGetProperty("relatedLocations", out _))
            .GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.True(sarif.RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").TryGetProperty("PROJECTROOT", out _));
    }

    [Fact]
    public void An_assembly_that_records_no_code_evidence_lists_the_code_rules_as_not_checkable_and_says_why()
    {
        using var directory = new TempDirectory("code-evidence-none");
        var compilation = Compile(("Bots/SupportBot.cs", Source));
        var dll = FixtureCompiler.Emit(compilation, Path.Combine(directory.Path, "Support.dll"));
        var sarifPath = Path.Combine(directory.Path, "check.sarif");

        var run = CliRunner.Run("check", dll, "--mode", "recommended", "--sarif", sarifPath);

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        var firstRun = sarif.RootElement.GetProperty("runs")[0];
        Assert.DoesNotContain(firstRun.GetProperty("results").EnumerateArray(), r => CodeRules.Contains(r.GetProperty("ruleId").GetString()));
        var notifications = firstRun.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Where(n => CodeRules.Contains(n.GetProperty("associatedRule").GetProperty("id").GetString()))
            .Select(n => n.GetProperty("message").GetProperty("text").GetString())
            .ToArray();
        Assert.Equal(
            RuleCatalog.All.Where(r => r.ReadsCode).Select(r => r.Descriptor.Id + " (" + r.Descriptor.Title + ") " + PolicyCheck.WhyNotCheckable(r.Descriptor)),
            notifications);
        Assert.Contains("records none", notifications[0], StringComparison.Ordinal);
        Assert.Contains("  AIC401  " + RuleCatalog.All.First(r => r.Descriptor.Id == "AIC401").Descriptor.Title + ": reads the code evidence", run.Out, StringComparison.Ordinal);
        Assert.False(firstRun.TryGetProperty("originalUriBaseIds", out _));
    }

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) BuildWithGenerator(params (string Path, string Text)[] sources)
    {
        var compilation = Compile(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ObservedInCodeGenerator().AsSourceGenerator()], optionsProvider: new ProjectOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);

        // The analyzers as the build runs them, on the source with the generated attributes.
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new CalledModelMismatchAnalyzer(), new ToolWithoutApprovalAnalyzer(), new EndpointOutsideResidencyAnalyzer()];
        var diagnostics = output.WithAnalyzers(analyzers, new AnalyzerOptions([], new ProjectOptions()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return (output, diagnostics);
    }

    private static CSharpCompilation Compile(params (string Path, string Text)[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ReferenceAssemblies.Net
            .Add(ReferenceAssemblies.Sdk)
            .Add(ReferenceAssemblies.Of(typeof(global::Microsoft.Extensions.AI.IChatClient)))
            .Add(ReferenceAssemblies.Of(typeof(global::OpenAI.Chat.ChatClient)))
            .Add(ReferenceAssemblies.Of(typeof(global::System.ClientModel.ApiKeyCredential)));
        var compilation = CSharpCompilation.Create(
            "Support",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, ProjectDirectory + "/" + s.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private sealed class ProjectOptions : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
            ["build_property.AiComplianceMode"] = "recommended",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
