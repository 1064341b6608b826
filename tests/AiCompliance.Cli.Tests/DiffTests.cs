using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Cli.Tests.Fixtures;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.Testing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiCompliance.Cli.Tests;

/// <summary>Two versions of a fixture, compiled once for the class.</summary>
public sealed class DiffFixture : IDisposable
{
    public DiffFixture()
    {
        V1 = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Governed", DiffSources.V1, "1.0.0"), Directory.Combine("v1/Contoso.Governed.dll"));
        V2 = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Governed", DiffSources.V2, "1.1.0"), Directory.Combine("v2/Contoso.Governed.dll"));
        var json = Directory.Combine("diff.json");
        Json = CliRunner.Run("diff", V1, V2, "--format", "json", "--out", json);
        JsonPath = json;
        Document = JsonDocument.Parse(File.ReadAllBytes(json));
        Markdown = CliRunner.Run("diff", V1, V2);
    }

    public TempDirectory Directory { get; } = new("aicompliance-diff");

    public string V1 { get; }

    public string V2 { get; }

    public CliRunner.Result Json { get; }

    public string JsonPath { get; }

    public JsonDocument Document { get; }

    public CliRunner.Result Markdown { get; }

    public IReadOnlyList<JsonElement> Changes => Document.RootElement.GetProperty("changes").EnumerateArray().ToList();

    public void Dispose()
    {
        Document.Dispose();
        Directory.Dispose();
    }
}

/// <summary>aicompliance diff: every kind of change with its severity, the JSON schema, the Markdown layout, exit codes.</summary>
public sealed class DiffTests : IClassFixture<DiffFixture>
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private readonly DiffFixture _fixture;

    public DiffTests(DiffFixture fixture) => _fixture = fixture;

    public static TheoryData<string, string, string, string?, string, string, string?, string?> Expected => new()
    {
        // subject, declaration, item, property, kind, severity, old, new
        { "model:scorer", "RiskProfile", "", "Level", "riskLevelLowered", "weakening", "High", "Limited" },
        { "model:scorer", "RiskProfile", "", "Sectors", "highImpactSectorRemoved", "weakening", "Healthcare", null },
        { "model:scorer", "RiskProfile", "", "Rationale", "valueRemoved", "neutral", "Decides access to credit.", null },
        { "model:scorer", "HumanOversight", "", "Mode", "oversightWeakened", "weakening", "HumanInTheLoop", "HumanOverTheLoop" },
        { "model:scorer", "HumanOversight", "", "CanStop", "oversightCapabilityRemoved", "weakening", "true", "false" },
        { "model:scorer", "Evaluation", "auc; dataset holdout", "Value", "metricWorsened", "weakening", "0.85", "0.78" },
        { "model:scorer", "Evaluation", "auc; dataset holdout", "Value", "thresholdNowBreached", "weakening", "0.85 (threshold 0.8)", "0.78 (threshold 0.8)" },
        { "model:scorer", "Evaluation", "error_rate; dataset holdout", "Value", "metricImproved", "strengthening", "0.1", "0.08" },
        { "model:scorer", "Evaluation", "error_rate; dataset holdout", "Threshold", "thresholdRelaxed", "weakening", "0.15", "0.2" },
        { "model:scorer", "Evaluation", "f1; dataset holdout", "Value", "metricImproved", "strengthening", "0.7", "0.8" },
        { "model:scorer", "Evaluation", "f1; dataset holdout", "Threshold", "thresholdTightened", "strengthening", "0.75", "0.78" },
        { "model:scorer", "Evaluation", "f1; dataset holdout", "Value", "thresholdNoLongerBreached", "strengthening", "0.7 (threshold 0.75)", "0.8 (threshold 0.78)" },
        { "model:scorer", "Evaluation", "recall; dataset holdout", "Threshold", "thresholdRemoved", "weakening", "0.5", null },
        { "model:scorer", "Evaluation", "auc; dataset holdout", "Evidence", "evidenceRemoved", "weakening", "eval/auc.json", null },
        { "model:scorer", "Evaluation", "f1; dataset holdout", "Evidence", "evidenceAdded", "strengthening", null, "eval/f1.json" },
        { "model:scorer", "FairnessAssessment", "gender; demographic_parity_difference", "Value", "metricWorsened", "weakening", "0.03", "0.07" },
        { "model:scorer", "FairnessAssessment", "gender; demographic_parity_difference", "Value", "thresholdNowBreached", "weakening", "0.03 (threshold 0.05)", "0.07 (threshold 0.05)" },
        { "model:scorer", "FairnessAssessment", "age; equal_opportunity_ratio", "Value", "metricImproved", "strengthening", "0.9", "0.95" },
        { "model:scorer", "FairnessAssessment", "age; equal_opportunity_ratio", "Mitigation", "mitigationAdded", "strengthening", null, "Per-group thresholds" },
        { "model:scorer", "KnownLimitation", "Thin credit files", "Mitigation", "mitigationRemoved", "weakening", "Manual review", null },
        { "model:scorer", "KnownLimitation", "Old data", null, "declarationRemoved", "weakening", "[KnownLimitation]", null },
        { "model:scorer", "AiDisclosure", "", null, "declarationRemoved", "weakening", "[AiDisclosure]", null },
        { "model:scorer", "Monitoring", "", null, "declarationRemoved", "weakening", "[Monitoring]", null },
        { "model:scorer", "Explainability", "", null, "declarationAdded", "strengthening", null, "[Explainability]" },
        { "model:scorer", "SecurityAssessment", "", "Tests", "securityTestsDropped", "weakening", "PromptInjection", null },
        { "model:scorer", "ContentProvenance", "", "Methods", "provenanceMethodsDropped", "weakening", "Watermark", null },
        { "model:scorer", "ContentProvenance", "", "Methods", "provenanceMethodsAdded", "strengthening", null, "Metadata" },
        { "model:scorer", "IntendedUse", "", "OutOfScope", "outOfScopeUseRemoved", "weakening", "Business loans", null },
        { "model:scorer", "IntendedUse", "", "OutOfScope", "outOfScopeUseAdded", "strengthening", null, "Car loans" },
        { "model:scorer", "IntendedUse", "", "Purpose", "valueChanged", "neutral", "Score loans", "Score consumer loans" },
        { "model:scorer", "IntendedUse", "", "Users", "itemAdded", "neutral", null, "Branch managers" },
        { "model:scorer", "ImpactAssessment", "", "Date", "assessmentRenewed", "strengthening", "2025-01-10", "2026-01-10" },
        { "model:scorer", "AccountableOwner", "", "Contact", "valueChanged", "neutral", "a@example.com", "b@example.com" },
        { "model:scorer", "AccountableOwner", "", "Role", "valueAdded", "neutral", null, "Model owner" },
        { "model:scorer", "AiModel", "", "Version", "valueChanged", "neutral", "1.0.0", "1.1.0" },
        { "model:scorer", "AiModel", "", "License", "valueChanged", "neutral", "MIT", "Apache-2.0" },
        { "model:scorer", "TrainedOn", "", "DatasetIds", "itemAdded", "neutral", null, "used-set" },
        { "model:scorer", "DataResidency", "", "Regions", "residencyRegionAdded", "weakening", null, "SG" },
        { "model:scorer", "DataTransfer", "VN → US", null, "transferAdded", "weakening", null, "VN → US" },
        { "model:scorer", "DataTransfer", "VN → JP", null, "transferRemoved", "strengthening", "VN → JP", null },
        { "model:scorer", "DataTransfer", "VN → SG", "Safeguards", "safeguardsRemoved", "weakening", "Encryption", null },
        { "model:citizen-assistant", "Model", "", "Id", "modelIdChanged", "neutral", "assistant", "citizen-assistant" },
        { "model:citizen-assistant", "RiskProfile", "", "Level", "riskLevelRaised", "strengthening", "Limited", "High" },
        { "model:citizen-assistant", "RiskProfile", "", "Sectors", "highImpactSectorAdded", "strengthening", null, "Education" },
        { "model:citizen-assistant", "HumanOversight", "", "Mode", "oversightStrengthened", "strengthening", "HumanOutOfTheLoop", "HumanInTheLoop" },
        { "model:citizen-assistant", "HumanOversight", "", "CanOverride", "oversightCapabilityAdded", "strengthening", null, "true" },
        { "model:citizen-assistant", "Evaluation", "toxicity_rate", "Threshold", "thresholdAdded", "strengthening", null, "0.05" },
        { "model:citizen-assistant", "SecurityAssessment", "", "Tests", "securityTestsAdded", "strengthening", null, "DataPoisoning" },
        { "model:citizen-assistant", "DataResidency", "", "Regions", "residencyRegionRemoved", "strengthening", "TH", null },
        { "model:citizen-assistant", "DataTransfer", "VN → SG", "Safeguards", "safeguardsAdded", "strengthening", null, "Standard contractual clauses" },
        { "model:citizen-assistant", "Monitoring", "", "DriftMonitoring", "driftMonitoringTurnedOff", "weakening", "true", "false" },
        { "model:citizen-assistant", "Monitoring", "", "ReviewIntervalDays", "reviewIntervalLengthened", "weakening", "30", "90" },
        { "model:citizen-assistant", "KnownLimitation", "May invent office opening hours", null, "declarationAdded", "strengthening", null, "[KnownLimitation]" },
        { "model:ranker", "Monitoring", "", "DriftMonitoring", "driftMonitoringTurnedOn", "strengthening", "false", "true" },
        { "model:ranker", "Monitoring", "", "ReviewIntervalDays", "reviewIntervalShortened", "strengthening", "90", "30" },
        { "model:ranker", "SupportedLanguages", "", "LanguageTags", "itemRemoved", "neutral", "en", null },
        { "model:retired", "Model", "", null, "modelRemoved", "neutral", "Contoso.Retired", null },
        { "model:new-model", "Model", "", null, "modelAddedIncomplete", "weakening", null, "Contoso.NewModel (intended-purpose: missing, known-limitations: missing, risk-classification: missing, human-oversight: missing, accountable-owner: missing, data-provenance: missing, personal-data: missing, fairness-evaluation: missing, performance-evaluation: missing, security-testing: missing, monitoring-incidents: missing)" },
        { "model:complete-model", "Model", "", null, "modelAdded", "neutral", null, "Contoso.CompleteModel" },
        { "model:drafted", "IntendedUse", "", "Purpose", "textReplacedByPlaceholder", "weakening", "Rank sales leads", "\u3164" },
        { "model:drafted", "IntendedUse", "", "OutOfScope", "outOfScopeUseRemoved", "weakening", "Credit decisions", null },
        { "model:drafted", "IntendedUse", "", "OutOfScope", "textReplacedByPlaceholder", "weakening", null, "TODO" },
        { "model:drafted", "AccountableOwner", "", "Owner", "textReplacedByPlaceholder", "weakening", "Sales Ops", "TODO: owner" },
        { "model:drafted", "Explainability", "", "Description", "placeholderReplacedByText", "strengthening", "TODO: describe", "Per-feature SHAP values for each ranked lead." },
        { "model:drafted", "AiDisclosure", "", null, "incompleteDeclarationRemoved", "neutral", "[AiDisclosure]", null },
        { "model:drafted", "DecisionLogging", "", null, "incompleteDeclarationAdded", "neutral", null, "[DecisionLogging]" },
        { "model:drafted", "AiModel", "", "BaseModel", "valueRemoved", "neutral", "bert-base-multilingual", null },
        { "model:drafted", "Model", "data-provenance", null, "declarationNoLongerDeclared", "weakening", "declared", "missing" },
        // The scorer trains on 'used-set', which the new build no longer declares: its data provenance and licences are
        // no longer whole (AIC003), although no attribute of the model changed.
        // No data-provenance row for the scorer: both builds' code pins a model (gpt-4o-mini) and neither declares a
        // BaseModel, so its provenance is incomplete in both (AIC401 through the recorded code evidence).
        { "model:scorer", "Model", "ip-copyright", null, "declarationNoLongerDeclared", "weakening", "declared", "incomplete" },
        { "dataset:web", "Dataset", "", null, "datasetAdded", "weakening", null, "web" },
        { "dataset:old-set", "Dataset", "", null, "datasetRemoved", "neutral", "old-set", null },
        { "dataset:used-set", "Dataset", "", null, "datasetRemovedStillUsed", "weakening", "used-set", null },
        { "dataset:loans", "Dataset", "", "License", "datasetLicenseChanged", "weakening", "CC-BY-4.0", "CC-BY-NC-4.0" },
        { "dataset:loans", "Dataset", "", "PersonalData", "personalDataRaised", "weakening", "Pseudonymized", "Personal" },
        { "dataset:loans", "Dataset", "", "LegalBasis", "legalBasisRemoved", "weakening", "Contract performance", null },
        { "dataset:loans", "Dataset", "", "Version", "valueChanged", "neutral", "2024", "2025" },
        { "dataset:holdout", "Dataset", "", "PersonalData", "personalDataLowered", "strengthening", "Personal", "Anonymized" },
        { "dataset:holdout", "Dataset", "", "LegalBasis", "legalBasisAdded", "strengthening", null, "Consent" },
        { "dataset:survey", "Dataset", "", "License", "datasetLicenseAdded", "strengthening", null, "CC0-1.0" },
        { "riskAcceptance:AIC111 for scorer", "RiskAcceptance", "", null, "acceptanceAdded", "weakening", null, "until 2027-02-28" },
        { "riskAcceptance:AIC114 for scorer", "RiskAcceptance", "", null, "acceptanceRemoved", "strengthening", "until 2026-12-31", null },
        { "riskAcceptance:AIC113 for scorer", "RiskAcceptance", "", "Until", "acceptanceExtended", "weakening", "2026-12-31", "2027-03-31" },
        { "riskAcceptance:AIC120", "RiskAcceptance", "", "Until", "acceptanceShortened", "strengthening", "2027-03-31", "2027-01-31" },
        { "riskAcceptance:AIC113 for scorer", "RiskAcceptance", "", "Justification", "valueChanged", "neutral", "Penetration test in Q4.", "Penetration test moved to Q1." },
        // Code evidence: an item is what it names, so gpt-4o-mini and api.openai.com, moved to other lines, are no change;
        // a new model's evidence (new-model's endpoint) is part of modelAdded, not listed item by item.
        { "model:scorer", "ObservedInCode", "model gpt-4.1", null, "codeModelNameAdded", "neutral", null, "gpt-4.1 at Scoring/Scorer.cs:15" },
        { "model:scorer", "ObservedInCode", "deployment scoring-v1", null, "codeModelNameRemoved", "neutral", "scoring-v1 at Scorer.cs:9", null },
        { "model:scorer", "ObservedInCode", "endpoint http://localhost:11434", null, "codeEndpointRemoved", "neutral", "on-premises at Scorer.cs:11", null },
        { "model:scorer", "ObservedInCode", "endpoint https://scoring.contoso.example/v1", "Jurisdiction", "codeEndpointJurisdictionChanged", "neutral", "unknown", "region IE" },
        { "model:scorer", "ObservedInCode", "endpoint (not constant) via new OllamaApiClient(uriString)", null, "codeEndpointAdded", "neutral", null, "not-constant at Scoring/Scorer.cs:18" },
        { "model:scorer", "ObservedInCode", "endpoint https://evil.example/q?a=\"<b>|\n", null, "codeEndpointAdded", "neutral", null, "unknown at Scoring/Scorer.cs:19" },
        { "model:scorer", "ObservedInCode", "tool refund (AIFunctionFactory)", "Approval", "codeToolApprovalDropped", "weakening", "required", "not-required" },
        { "model:scorer", "ObservedInCode", "tool lookup (AIFunctionFactory)", "Approval", "codeToolApprovalAdded", "strengthening", "not-required", "required" },
        { "model:scorer", "ObservedInCode", "tool Search (KernelFunction)", "Approval", "codeToolApprovalChanged", "neutral", "not-visible", "not-required" },
        { "model:scorer", "ObservedInCode", "tool close (AIFunctionFactory)", null, "codeToolRemoved", "neutral", "approval required at Tools.cs:7", null },
        { "model:scorer", "ObservedInCode", "tool export (AIFunctionFactory)", null, "codeToolAdded", "neutral", null, "approval not-required at Tools.cs:8" },
    };

    private static string Subject(JsonElement change) =>
        change.GetProperty("subject").GetProperty("kind").GetString() + ":" + change.GetProperty("subject").GetProperty("id").GetString();

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_change_is_reported_with_its_kind_and_severity(string subject, string declaration, string item, string? property, string kind, string severity, string? oldValue, string? newValue)
    {
        var matches = _fixture.Changes.Where(c =>
            Subject(c) == subject && c.GetProperty("declaration").GetString() == declaration && (Text(c, "item") ?? "") == item
            && Text(c, "property") == property && c.GetProperty("kind").GetString() == kind).ToList();
        var change = Assert.Single(matches);
        Assert.Equal(severity, change.GetProperty("severity").GetString());
        Assert.Equal(oldValue, Text(change, "old"));
        Assert.Equal(newValue, Text(change, "new"));
        Assert.Equal(ChangeKinds.Describe(kind), change.GetProperty("description").GetString());
    }

    [Fact]
    public void The_fixture_covers_every_kind_and_nothing_unexpected_is_reported()
    {
        var reported = _fixture.Changes.Select(c => c.GetProperty("kind").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ChangeKinds.All.Except(OnlyAgainstABuildWithoutEvidence).Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));

        var expected = Expected.Select(row => (string)row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4]).ToHashSet(StringComparer.Ordinal);
        var unexpected = _fixture.Changes
            .Select(c => Subject(c) + "|" + c.GetProperty("declaration").GetString() + "|" + (Text(c, "item") ?? "") + "|" + Text(c, "property") + "|" + c.GetProperty("kind").GetString())
            .Where(key => !expected.Contains(key))
            .ToList();
        Assert.Empty(unexpected);
    }

    // Both builds of the fixture record code evidence this version reads; these kinds need one that records none
    // (DiffCodeEvidenceTests) or one it cannot fully read (CodeEvidenceFromANewerPackageTests).
    private static readonly string[] OnlyAgainstABuildWithoutEvidence = ["codeEvidenceNowRecorded", "codeEvidenceNotRecorded", "codeEvidenceNotFullyRead"];

    [Fact]
    public void Changes_are_sorted_weakening_first_and_the_summary_counts_them()
    {
        var severities = _fixture.Changes.Select(c => c.GetProperty("severity").GetString()).ToList();
        var rank = severities.Select(s => s switch { "weakening" => 0, "strengthening" => 1, _ => 2 }).ToList();
        Assert.Equal(rank.Order(), rank);

        var summary = _fixture.Document.RootElement.GetProperty("summary");
        Assert.Equal(severities.Count(s => s == "weakening"), summary.GetProperty("weakening").GetInt32());
        Assert.Equal(severities.Count(s => s == "strengthening"), summary.GetProperty("strengthening").GetInt32());
        Assert.Equal(severities.Count(s => s == "neutral"), summary.GetProperty("neutral").GetInt32());
        Assert.Equal(severities.Count, summary.GetProperty("total").GetInt32());
        Assert.True(summary.GetProperty("hasWeakening").GetBoolean());

        var old = _fixture.Document.RootElement.GetProperty("old");
        Assert.Equal("Contoso.Governed.dll", old.GetProperty("file").GetString());
        Assert.Equal("1.0.0", old.GetProperty("informationalVersion").GetString());
        Assert.Equal("1.1.0", _fixture.Document.RootElement.GetProperty("new").GetProperty("informationalVersion").GetString());
    }

    [Fact]
    public void Weakening_exits_with_1_and_an_unchanged_assembly_with_0()
    {
        Assert.Equal(1, _fixture.Json.Exit);
        Assert.Equal("", _fixture.Json.Error);
        Assert.Matches(@"^aicompliance: \d+ weakening, \d+ strengthening, \d+ neutral changes; wrote .*diff\.json\n$", _fixture.Json.Out);
        Assert.Equal(1, _fixture.Markdown.Exit);

        var same = CliRunner.Run("diff", _fixture.V1, _fixture.V1);
        Assert.Equal(0, same.Exit);
        Assert.Contains("no governance change", same.Out, StringComparison.Ordinal);

        // Only strengthening and neutral changes: 0.
        var back = CliRunner.Run("diff", _fixture.V2, _fixture.V1, "--format", "json");
        using var reverse = JsonDocument.Parse(back.Out);
        Assert.Equal(reverse.RootElement.GetProperty("summary").GetProperty("hasWeakening").GetBoolean() ? 1 : 0, back.Exit);
    }

    [Fact]
    public void The_markdown_puts_weakening_changes_first_under_their_own_heading()
    {
        var document = Markdig.Markdown.Parse(_fixture.Markdown.Out, Pipeline);
        var first = Assert.IsType<ParagraphBlock>(document[0]);
        var summary = InlineText(first.Inline);
        Assert.StartsWith("AiCompliance governance diff Contoso.Governed 1.0.0 → Contoso.Governed 1.1.0: ", summary, StringComparison.Ordinal);
        var weakening = _fixture.Changes.Count(c => c.GetProperty("severity").GetString() == "weakening");
        Assert.Contains($"{weakening} weakening changes", summary, StringComparison.Ordinal);

        var headings = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => InlineText(h.Inline)).ToList();
        Assert.Equal(3, headings.Count);
        Assert.Equal($"Weakening changes ({weakening})", headings[0]);
        Assert.StartsWith("Strengthening changes (", headings[1], StringComparison.Ordinal);
        Assert.StartsWith("Neutral changes (", headings[2], StringComparison.Ordinal);

        // The table under each heading holds exactly the changes of that severity, in the JSON's order.
        var blocks = document.ToList();
        foreach (var (heading, severity) in new[] { (0, "weakening"), (1, "strengthening"), (2, "neutral") })
        {
            var headingBlock = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).ElementAt(heading);
            var table = Assert.IsType<Table>(blocks[blocks.IndexOf(headingBlock) + 1]);
            var rows = table.Cast<TableRow>().Where(r => !r.IsHeader).ToList();
            var expected = _fixture.Changes.Where(c => c.GetProperty("severity").GetString() == severity).ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var changeCell = Cell(rows[i], 2);
                Assert.EndsWith("(" + expected[i].GetProperty("kind").GetString() + ")", changeCell, StringComparison.Ordinal);
                Assert.Equal(Text(expected[i], "old") ?? "—", Cell(rows[i], 3));
                Assert.Equal(Text(expected[i], "new") ?? "—", Cell(rows[i], 4));
            }
        }
    }

    [Fact]
    public async Task The_json_validates_against_the_published_schema_and_a_broken_one_does_not()
    {
        var files = new List<string> { _fixture.JsonPath };
        foreach (var (name, oldFile, newFile) in new[] { ("reverse", _fixture.V2, _fixture.V1), ("same", _fixture.V1, _fixture.V1) })
        {
            var path = _fixture.Directory.Combine(name + ".json");
            CliRunner.Run("diff", oldFile, newFile, "--format", "json", "--out", path);
            files.Add(path);
        }

        var broken = _fixture.Directory.Combine("broken.json");
        File.WriteAllText(broken, File.ReadAllText(_fixture.JsonPath).Replace("\"riskLevelLowered\"", "\"riskLevelShrunk\"", StringComparison.Ordinal));
        var results = await SchemaValidator.ValidateAsync(RepositoryRoot.Combine("docs", "schema", "governance-diff.schema.json"), [.. files, broken]);
        Assert.All(results.Take(files.Count), r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        Assert.False(results[^1].Valid);
    }

    [Fact]
    public void The_schema_names_every_change_kind()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("docs", "schema", "governance-diff.schema.json")));
        var kinds = schema.RootElement.GetProperty("properties").GetProperty("changes").GetProperty("items").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(ChangeKinds.All.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_cli_docs_list_every_kind_with_its_severity()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", "cli.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(text, @"^\| `(\w+)` \| (weakening|strengthening|neutral) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        Assert.Equal(ChangeKinds.All.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows, row => Assert.Equal(GovernanceChange.Name(ChangeKinds.SeverityOf(row.Key)), row.Value));
    }

    [Fact]
    public void Output_is_identical_across_runs()
    {
        Assert.Equal(_fixture.Markdown.Out, CliRunner.Run("diff", _fixture.V1, _fixture.V2).Out);
        var again = _fixture.Directory.Combine("again.json");
        CliRunner.Run("diff", _fixture.V1, _fixture.V2, "--format", "json", "--out", again);
        Assert.Equal(File.ReadAllBytes(_fixture.JsonPath), File.ReadAllBytes(again));
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "a.dll")]
    [InlineData("diff", "a.dll", "b.dll", "c.dll")]
    [InlineData("diff", "a.dll", "b.dll", "--format", "html")]
    [InlineData("diff", "a.dll", "b.dll", "--out")]
    [InlineData("diff", "a.dll", "b.dll", "--fail-on-weakening")]
    [InlineData("diff", "missing-old.dll", "missing-new.dll")]
    public void Usage_and_input_errors_exit_with_2_and_one_line(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.StartsWith("aicompliance: error: ", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static string Cell(TableRow row, int index) =>
        InlineText(((ParagraphBlock)((TableCell)row[index])[0]).Inline).Trim();

    private static string InlineText(ContainerInline? inline)
    {
        var text = new System.Text.StringBuilder();
        foreach (var item in inline?.Descendants<LeafInline>() ?? [])
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
            }
        }

        return text.ToString();
    }
}
