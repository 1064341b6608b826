using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// aicompliance check says, for each model, what its card will say of the declarations the selected frameworks ask of
/// it (issue 11, case 1): what the code fixes insert is never "declared", nor are empty, invisible, contradicted,
/// invalid or stale declarations.
/// </summary>
public sealed partial class CheckDeclarationStatusTests : IDisposable
{
    private const string Header = "Declarations the selected frameworks ask of each model (as its card states them):";

    /// <summary>Exactly what the AIC1xx code fixes insert, on a high-risk finance model (analyzers/AiCompliance.CodeFixes).</summary>
    private const string WhatTheFixesInsert = """
        using AiCompliance;

        [AiModel("credit-advisor", Kind = ModelKind.Generative, License = "TODO: SPDX licence expression")]
        [RiskProfile(RiskLevel.High, Sector.Finance, Rationale = "TODO: why this risk level and these sectors")]
        [IntendedUse("TODO: what the model is for")]
        [KnownLimitation("TODO: what the model does badly or cannot do")]
        [ImpactAssessment("TODO: assessment document id or URL")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "TODO: role of the person who reviews decisions")]
        [AccountableOwner("TODO: owner", Contact = "TODO")]
        [TrainedOn("TODO: dataset id")]
        [Evaluation("TODO: metric", double.NaN)]
        [FairnessAssessment("TODO: protected attribute")]
        [SecurityAssessment(SecurityTest.None, Findings = "TODO: tests done and their findings")]
        [Explainability("TODO: how outputs are explained")]
        [AiDisclosure("TODO: the notice shown to people")]
        [ContentProvenance(ProvenanceMethod.VisibleLabel, Standard = "TODO: how generated content is marked")]
        [SupportedLanguages("TODO: BCP 47 language tag")]
        [DataResidency("TODO: ISO 3166-1 alpha-2 code")]
        [DecisionLogging("TODO: what is logged and for how long")]
        [Monitoring("TODO: incident contact (email or URL)")]
        [ComputeFootprint(Hardware = "TODO: training hardware")]
        public sealed class CreditAdvisor
        {
        }

        [AiModel("bare")]
        public sealed class Bare { }

        [AiModel("filler-owner")]
        [AccountableOwner("\u3164\u3164", Contact = "owner@example.com")]
        public sealed class FillerOwner { }

        [AiModel("triage")]
        [RiskProfile(RiskLevel.High, Sector.Healthcare)]
        [HumanOversight(OversightMode.HumanOutOfTheLoop)]
        [Evaluation("accuracy", 7.5)]
        [ImpactAssessment("DPIA-7", Date = "2015-01-15")]
        public sealed class Triage { }
        """;

    private static readonly string[] Statuses = ["declared", "incomplete", "contradicted", "invalid", "out of date", "missing"];

    private readonly TempDirectory _directory = new("aicompliance-status");

    public void Dispose() => _directory.Dispose();

    /// <summary>Runs check and parses its declaration section: per model, the summary line and the (id, status, reason) rows.</summary>
    private Dictionary<string, (string Summary, List<(string Id, string Status, string Reason)> Rows)> Check(out CliRunner.Result result)
    {
        var dll = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Fixes", WhatTheFixesInsert), _directory.Combine("Bank.Fixes.dll"));
        result = CliRunner.Run("check", dll, "--date", "2026-06-01");
        var lines = result.Out.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, Header);
        Assert.True(start >= 0, result.Out);

        var models = new Dictionary<string, (string, List<(string, string, string)>)>(StringComparer.Ordinal);
        List<(string, string, string)>? rows = null;
        for (var i = start + 1; i < lines.Length && lines[i].Length > 0; i++)
        {
            var line = lines[i];
            if (ModelLine().Match(line) is { Success: true } model)
            {
                rows = new List<(string, string, string)>();
                models[model.Groups["id"].Value] = (model.Groups["summary"].Value, rows);
            }
            else if (!line.StartsWith("  Declaration ", StringComparison.Ordinal))
            {
                var row = RowLine().Match(line);
                Assert.True(row.Success, line);
                rows!.Add((row.Groups["id"].Value, row.Groups["status"].Value, row.Groups["reason"].Value));
            }
        }

        return models;
    }

    [GeneratedRegex(@"^  (?<id>[a-z-]+): (?<summary>.+)$")]
    private static partial Regex ModelLine();

    [GeneratedRegex(@"^  (?<id>[a-z-]+) +(?<status>incomplete|contradicted|invalid|out of date|missing) +(?<reason>.+)$")]
    private static partial Regex RowLine();

    [Fact]
    public void What_the_code_fixes_insert_is_not_declared()
    {
        var models = Check(out var result);

        // The build is green in the default mode (placeholders are warnings): the section is information.
        Assert.True(result.Exit == 0, result.Out + result.Error);
        var (summary, rows) = models["credit-advisor"];
        var counts = Regex.Match(summary, @"^0 of (\d+) declared");
        Assert.True(counts.Success, summary);
        Assert.Equal(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), rows.Count);
        Assert.EndsWith("; the card is marked incomplete", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Status == "declared");
        Assert.All(rows, r => Assert.Contains(r.Status, Statuses));
        var owner = rows.Single(r => r.Id == "accountable-owner");
        Assert.Equal("incomplete", owner.Status);
        Assert.StartsWith("AIC208: ", owner.Reason, StringComparison.Ordinal);
        Assert.Equal("incomplete", rows.Single(r => r.Id == "performance-evaluation").Status);
        Assert.Equal("missing", rows.Single(r => r.Id == "personal-data").Status);
    }

    [Theory]
    [InlineData("bare", "personal-data", "missing")]
    [InlineData("filler-owner", "accountable-owner", "incomplete")]
    [InlineData("triage", "human-oversight", "contradicted")]
    [InlineData("triage", "performance-evaluation", "invalid")]
    [InlineData("triage", "risk-impact-assessment", "out of date")]
    public void Empty_invisible_contradicted_invalid_and_stale_declarations_are_not_declared(string model, string declaration, string status)
    {
        var models = Check(out _);

        var (summary, rows) = models[model];
        Assert.EndsWith("; the card is marked incomplete", summary, StringComparison.Ordinal);
        Assert.Equal(status, rows.Single(r => r.Id == declaration).Status);
    }

    [Fact]
    public void The_sarif_log_states_what_the_text_report_states()
    {
        var text = Check(out _);
        var dll = _directory.Combine("Bank.Fixes.dll");
        var sarif = _directory.Combine("check.sarif");
        var result = CliRunner.Run("check", dll, "--date", "2026-06-01", "--sarif", sarif);
        Assert.True(result.Exit == 0, result.Out + result.Error);

        using var log = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(sarif));
        var properties = log.RootElement.GetProperty("runs")[0].GetProperty("properties");
        Assert.Equal("2026-06-01", properties.GetProperty("date").GetString());
        var models = properties.GetProperty("declarationStatuses").EnumerateArray().ToDictionary(m => m.GetProperty("model").GetString()!, StringComparer.Ordinal);
        Assert.Equal(text.Keys.Order(StringComparer.Ordinal), models.Keys.Order(StringComparer.Ordinal));
        foreach (var (model, (_, rows)) in text)
        {
            Assert.True(models[model].GetProperty("incomplete").GetBoolean());
            var notDeclared = models[model].GetProperty("declarations").EnumerateArray()
                .Where(d => d.GetProperty("status").GetString() != "declared")
                .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("status").GetString()!.Replace('-', ' ')))
                .ToList();
            Assert.Equal(rows.Select(r => (r.Id, r.Status)), notDeclared);
        }
    }
}
