using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Cli.Tests.Fixtures;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Cli.Tests;

/// <summary>aicompliance check: the SARIF it writes (against the official schema), its summary, exit codes and errors.</summary>
[Collection(SharedParityFixture.Name)]
public sealed class CheckTests
{
    private const string CleanSource = """
        using AiCompliance;

        [assembly: Dataset("faq", Name = "FAQ pages", Source = "Ministry website", License = "CC-BY-4.0", PersonalData = PersonalDataKind.None)]

        namespace Contoso.Clean
        {
            [AiModel("faq-classifier", Name = "FAQ classifier", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
            [RiskProfile(RiskLevel.Minimal, Rationale = "Routes questions to FAQ pages.")]
            [IntendedUse("Route citizens' questions to the right FAQ page", Users = new[] { "Citizens" })]
            [AccountableOwner("Digital Services", Contact = "digital@example.gov")]
            public sealed class FaqClassifier
            {
            }
        }
        """;

    private readonly ParityFixture _fixture;

    public CheckTests(ParityFixture fixture) => _fixture = fixture;

    private static JsonElement FirstRun(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];

    [Fact]
    public async Task Every_sarif_log_validates_against_the_official_schema_and_a_broken_one_does_not()
    {
        var files = new List<string>();
        foreach (var mode in new[] { "minimal", "recommended", "strict" })
        {
            files.Add((await _fixture.ForModeAsync(mode)).SarifPath);
        }

        var clean = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Clean", CleanSource), _fixture.Directory.Combine("clean/Contoso.Clean.dll"));
        var cleanSarif = _fixture.Directory.Combine("clean/check.sarif");
        var result = CliRunner.Run("check", clean, "--date", ParitySource.Date, "--sarif", cleanSarif);
        Assert.True(result.Exit == 0, result.Out + result.Error);
        files.Add(cleanSarif);

        var broken = _fixture.Directory.Combine("broken.sarif");
        File.WriteAllText(broken, File.ReadAllText(files[1]).Replace("\"level\": \"warning\"", "\"level\": \"serious\"", StringComparison.Ordinal));

        var results = await SchemaValidator.ValidateAsync(Path.Combine(SchemaValidator.Directory, "schemas", "sarif-schema-2.1.0.json"), [.. files, broken]);
        Assert.Equal(files.Count + 1, results.Count);
        Assert.All(results.Take(files.Count), r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        Assert.False(results[^1].Valid);
    }

    [Fact]
    public async Task The_driver_lists_every_rule_with_its_level_in_the_mode()
    {
        foreach (var mode in new[] { ComplianceMode.Minimal, ComplianceMode.Recommended, ComplianceMode.Strict })
        {
            var run = await _fixture.ForModeAsync(mode.ToString().ToLowerInvariant());
            var driver = FirstRun(run.Sarif).GetProperty("tool").GetProperty("driver");
            Assert.Equal("AiCompliance", driver.GetProperty("name").GetString());
            Assert.Equal(ModelCards.GeneratorInfo.Version, driver.GetProperty("version").GetString());
            Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);

            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
            foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.Descriptors))
            {
                Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
                Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal(descriptor.Description, rule.GetProperty("fullDescription").GetProperty("text").GetString());
                Assert.Equal(descriptor.HelpUri, rule.GetProperty("helpUri").GetString());
                Assert.Equal(descriptor.Category, rule.GetProperty("properties").GetProperty("category").GetString());
                Assert.Equal(ModelCards.Checking.SarifWriter.Level(descriptor.SeverityIn(mode)), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            }

            Assert.Equal("DuplicateId", rules.Single(r => r.GetProperty("id").GetString() == "AIC002").GetProperty("name").GetString());
            Assert.Equal("AiApiOutsideModel", rules.Single(r => r.GetProperty("id").GetString() == "AIC001").GetProperty("name").GetString());

            // Rules that need source are flagged on the rule; they, and the code-evidence rules of an assembly that
            // records no code evidence (the fixture's), are reported as notifications that say why.
            var notifications = FirstRun(run.Sarif).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
            Assert.Equal(new[] { "AIC001", "AIC005", "AIC401", "AIC402", "AIC403", "AIC404", "AIC405" }, notifications.Select(n => n.GetProperty("associatedRule").GetProperty("id").GetString()));
            var needSource = new[] { "AIC001", "AIC005", "AIC404", "AIC405" };
            Assert.All(notifications.Where(n => needSource.Contains(n.GetProperty("associatedRule").GetProperty("id").GetString())), n => Assert.Contains("needs source code and is not checkable from a compiled assembly", n.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal));
            Assert.All(notifications.Where(n => !needSource.Contains(n.GetProperty("associatedRule").GetProperty("id").GetString())), n => Assert.Contains("this assembly records none", n.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal));
            Assert.True(rules[0].GetProperty("properties").GetProperty("needsSource").GetBoolean());
            Assert.False(rules.Single(r => r.GetProperty("id").GetString() == "AIC401").GetProperty("properties").GetProperty("needsSource").GetBoolean());
        }
    }

    [Fact]
    public async Task Results_carry_the_facts_the_build_attaches_to_its_diagnostics()
    {
        var run = await _fixture.ForModeAsync("recommended");
        var withFacts = FirstRun(run.Sarif).GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("properties").TryGetProperty("customProperties", out _))
            .ToList();

        Assert.Contains(withFacts, r => r.GetProperty("ruleId").GetString() == "AIC111");
        foreach (var result in withFacts)
        {
            var facts = result.GetProperty("properties").GetProperty("customProperties").EnumerateObject()
                .Select(p => p.Name + "=" + p.Value.GetString()).ToList();
            var message = result.GetProperty("message").GetProperty("text").GetString();
            Assert.Contains(
                run.Diagnostics.Where(d => d.Id == result.GetProperty("ruleId").GetString() && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == message),
                d => d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value).SequenceEqual(facts));
        }

        var fairness = withFacts.First(r => r.GetProperty("ruleId").GetString() == "AIC111").GetProperty("properties").GetProperty("customProperties");
        Assert.Equal("asean-japan-2026,asean-guide-2024,eu-ai-act", fairness.GetProperty(FindingCitation.FrameworksProperty).GetString());
        Assert.DoesNotContain("…", fairness.GetProperty(FindingCitation.ClausesProperty).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_carry_locations_indexes_and_accepted_suppressions()
    {
        var run = await _fixture.ForModeAsync("recommended");
        var results = FirstRun(run.Sarif).GetProperty("results").EnumerateArray().ToList();
        var rules = FirstRun(run.Sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            var location = result.GetProperty("locations")[0];
            Assert.Equal("Contoso.Lending.dll", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            var logical = location.GetProperty("logicalLocations")[0];
            var kind = result.GetProperty("properties").GetProperty("subjectKind").GetString();
            Assert.Equal(kind is "model" or "type" ? "type" : "module", logical.GetProperty("kind").GetString());
            Assert.NotEmpty(result.GetProperty("partialFingerprints").GetProperty("aiComplianceFinding/v1").GetString()!);
        }

        var stray = results.First(r => r.GetProperty("ruleId").GetString() == "AIC004" && r.GetProperty("properties").GetProperty("subjectId").GetString() == "Contoso.Lending.NotAModel");
        Assert.Equal("Contoso.Lending.NotAModel", stray.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("NotAModel", stray.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());

        var dataset = results.First(r => r.GetProperty("properties").GetProperty("subjectKind").GetString() == "dataset");
        Assert.Equal("TestProject", dataset.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        // Both types with the id credit-risk-scorer are covered by the acceptance naming it.
        var accepted = results.Where(r => r.GetProperty("ruleId").GetString() == "AIC111" && r.GetProperty("properties").GetProperty("subjectId").GetString() == "credit-risk-scorer").ToList();
        Assert.Equal(2, accepted.Count);
        Assert.All(accepted, r => Assert.True(r.TryGetProperty("suppressions", out _)));
        var fairness = accepted[0];
        var suppression = Assert.Single(fairness.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal(
            "Fairness study runs in Q1; interim manual review of every decline. (approved by Chief Risk Officer until 2026-12-31, ref RISK-2026-118)",
            suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public async Task The_summary_lists_findings_then_suppressed_findings_then_counts()
    {
        var run = await _fixture.ForModeAsync("strict");
        var lines = run.Check.Out.Split('\n');
        Assert.StartsWith("aicompliance check: Contoso.Lending.dll (TestProject ", lines[0], StringComparison.Ordinal);
        Assert.Contains("mode strict, date 2026-11-21", lines[0], StringComparison.Ordinal);
        Assert.Equal("Frameworks: " + ParityFixture.CheckFrameworks.Replace(",", ", ", StringComparison.Ordinal), lines[1]);

        var findings = Array.FindIndex(lines, l => l.StartsWith("Findings (", StringComparison.Ordinal));
        var suppressed = Array.FindIndex(lines, l => l.StartsWith("Suppressed by risk acceptances (", StringComparison.Ordinal));
        var notCheckable = Array.FindIndex(lines, l => l.StartsWith("Not checkable", StringComparison.Ordinal));
        Assert.True(findings > 0 && suppressed > findings && notCheckable > suppressed);
        Assert.Matches(@"^  Rule\s+Severity\s+Model / dataset\s+Location\s+Message$", lines[findings + 1]);
        Assert.Matches(@"^  Rule\s+Severity\s+Model / dataset\s+Location\s+Approver\s+Until\s+Message$", lines[suppressed + 1]);
        Assert.Contains(lines, l => l.Contains("AIC111", StringComparison.Ordinal) && l.Contains("Chief Risk Officer", StringComparison.Ordinal) && l.Contains("2026-12-31", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Contoso.Lending.CreditRiskScorer [Evaluation#2].Value", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[assembly: Dataset#3].License", StringComparison.Ordinal));

        // Errors first, then by rule: the first finding row is an error.
        Assert.Matches(@"^  AIC\d{3}\s+error\s", lines[findings + 2]);
        var open = FirstRun(run.Sarif).GetProperty("results").EnumerateArray().Count(r => !r.TryGetProperty("suppressions", out _));
        Assert.Equal($"Findings ({open}):", lines[findings]);
        Assert.Contains(lines, l => l.StartsWith("aicompliance: ", StringComparison.Ordinal) && l.Contains(" errors, ", StringComparison.Ordinal) && l.Contains("suppressed by risk acceptances", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_names_the_context_clauses_apart_and_never_scores_them()
    {
        var run = await _fixture.ForModeAsync("strict");
        var lines = run.Check.Out.Split('\n');
        Assert.Equal(
            "Context clauses, never scored (they ask nothing of a model): asean-japan-2026 para3, para4, para6, para7, para8, para9, para10, para13, para16; asean-guide-2024 D, E; eu-ai-act Art113",
            lines[2]);

        // Neither the findings nor the declaration summary below mention a context clause.
        Assert.DoesNotContain(lines.Skip(3), l => l.Contains("para3", StringComparison.Ordinal) || l.Contains("para9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Output_and_sarif_are_identical_across_runs()
    {
        var run = await _fixture.ForModeAsync("recommended");
        var again = _fixture.Directory.Combine("again.sarif");
        var second = CliRunner.RunOn(
            ParityFixture.RealToday,
            null,
            "check", run.AssemblyPath, "--mode", "recommended", "--date", ParitySource.Date, "--frameworks", ParityFixture.CheckFrameworks,
            "--max-acceptance-days", "200", "--assessment-max-age-days", "400", "--sarif", again);

        Assert.Equal(run.Check.Out.Replace(run.SarifPath, again, StringComparison.Ordinal), second.Out);
        Assert.Equal(File.ReadAllBytes(run.SarifPath), File.ReadAllBytes(again));
        Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(again));
        Assert.Empty(Directory.GetFiles(_fixture.Directory.Path, ".*.tmp"));
    }

    [Fact]
    public void With_a_baseline_check_lists_its_known_gaps_and_refuses_an_unreadable_one()
    {
        var clean = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Clean", CleanSource), _fixture.Directory.Combine("clean-baseline/Contoso.Clean.dll"));
        var baseline = _fixture.Directory.Combine("clean-baseline/aicompliance.baseline.json");
        File.WriteAllText(baseline, "{ \"schemaVersion\": 1, \"entries\": [ { \"rule\": \"AIC001\", \"file\": \"Chat.cs\", \"symbol\": \"Chat\\u202eService\", \"count\": 2 } ] }");

        var result = CliRunner.Run("check", clean, "--date", ParitySource.Date, "--baseline", baseline);

        Assert.True(result.Exit == 0, result.Out + result.Error);
        Assert.Contains("\nKnown gaps (baseline aicompliance.baseline.json, not reported by the build) (2):\n  AIC001  Chat.cs  Chat\\u202eService (x2)\n", result.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);

        File.WriteAllText(baseline, "{ \"schemaVersion\": 7, \"entries\": [] }");
        var refused = CliRunner.Run("check", clean, "--baseline", baseline);
        Assert.Equal(2, refused.Exit);
        Assert.Equal($"aicompliance: error: {baseline}: the baseline has no 'schemaVersion' 1 (this package reads version 1).", refused.Error.TrimEnd());
    }

    [Fact]
    public async Task Without_error_level_findings_left_check_exits_with_0()
    {
        var clean = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Clean", CleanSource), _fixture.Directory.Combine("clean0/Contoso.Clean.dll"));
        var result = CliRunner.Run("check", clean, "--mode", "recommended", "--date", ParitySource.Date);
        Assert.True(result.Exit == 0, result.Out);
        Assert.Contains("passed: no error-level finding remains", result.Out, StringComparison.Ordinal);

        // Warnings do not fail the check; in strict mode the same findings are errors.
        var run = await _fixture.ForModeAsync("strict");
        Assert.Equal(1, run.Check.Exit);
        Assert.Contains("failed: error-level findings remain (exit code 1)", run.Check.Out, StringComparison.Ordinal);

        // Pinned to a level older than every rule, the same strict check reports them all as info.
        var pinned = CliRunner.RunOn(ParityFixture.RealToday, null, "check", run.AssemblyPath, "--mode", "strict", "--level", "0.0", "--date", ParitySource.Date, "--frameworks", ParityFixture.CheckFrameworks);
        Assert.True(pinned.Exit == 0, pinned.Out);
        Assert.Contains(" 0 errors, 0 warnings, ", pinned.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.dll", "b.dll")]
    [InlineData("check", "a.dll", "--mode", "lenient")]
    [InlineData("check", "a.dll", "--mode", "off")]
    [InlineData("check", "a.dll", "--level", "v0.1")]
    [InlineData("check", "a.dll", "--date", "21/11/2026")]
    [InlineData("check", "a.dll", "--frameworks", "no-such-framework")]
    [InlineData("check", "a.dll", "--max-acceptance-days", "0")]
    [InlineData("check", "a.dll", "--assessment-max-age-days", "soon")]
    [InlineData("check", "a.dll", "--sarif")]
    [InlineData("check", "a.dll", "--colour")]
    [InlineData("check", "missing.dll")]
    public void Usage_and_input_errors_exit_with_2_and_one_line(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.StartsWith("aicompliance: error: ", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sarif_path_that_is_a_folder_is_an_error_and_leaves_nothing_behind()
    {
        var run = await _fixture.ForModeAsync("recommended");
        var folder = _fixture.Directory.Combine("a-folder.sarif");
        Directory.CreateDirectory(folder);

        var result = CliRunner.RunOn(ParityFixture.RealToday, null, "check", run.AssemblyPath, "--date", ParitySource.Date, "--sarif", folder);
        Assert.Equal(2, result.Exit);
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
