using System.IO;
using System.Text.Json;
using AiCompliance.Policy.Evidence;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// aicompliance card and check on a DLL: a compiled assembly carries evidence paths and hashes, not files, so the tool
/// verifies them only from the project folder given with --evidence-root, and says so.
/// </summary>
public sealed class EvidenceCommandTests
{
    private const string Results = """
        { "format": "aicompliance-evidence/1", "evaluations": [ { "metric": "auc", "value": 0.8734 }, { "metric": "f1", "value": 0.61 } ] }
        """;

    private static string Source(string sha256) => $$"""
        using AiCompliance;

        [AiModel("scorer", Kind = ModelKind.Classifier)]
        [Evaluation("auc", 0.87, Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        [Evaluation("f1", 0.66, Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        public sealed class Scorer { }
        """;

    [Fact]
    public void The_card_says_per_result_whether_its_evidence_was_verified_and_only_with_an_evidence_root()
    {
        using var project = new TempDirectory("aicompliance-evidence");
        Directory.CreateDirectory(project.Combine("eval"));
        File.WriteAllText(project.Combine("eval/results.json"), Results);
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Scorer", Source(EvidenceHash.Of(Results))), project.Combine("bin/Contoso.Scorer.dll"));

        var verified = CliRunner.Run("card", assembly, "--format", "json", "--out", project.Combine("verified"), "--evidence-root", project.Path);
        var unverified = CliRunner.Run("card", assembly, "--format", "json", "--out", project.Combine("unverified"));

        Assert.True(verified.Exit == 0, verified.Out + verified.Error);
        Assert.True(unverified.Exit == 0, unverified.Out + unverified.Error);
        Assert.Equal(
            new[] { "auc: verified against evidence", "f1: differs from evidence: the file says 0.61" },
            EvidenceChecks(project.Combine("verified/scorer.json")));
        Assert.Equal(
            new[] { "auc: not verified by the card tool (no --evidence-root)", "f1: not verified by the card tool (no --evidence-root)" },
            EvidenceChecks(project.Combine("unverified/scorer.json")));
    }

    [Fact]
    public void Check_applies_the_evidence_rules_only_with_an_evidence_root()
    {
        using var project = new TempDirectory("aicompliance-evidence");
        Directory.CreateDirectory(project.Combine("eval"));
        File.WriteAllText(project.Combine("eval/results.json"), Results.Replace("0.61", "0.66", System.StringComparison.Ordinal));
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Scorer", Source(EvidenceHash.Of(Results))), project.Combine("bin/Contoso.Scorer.dll"));

        var with = CliRunner.Run("check", assembly, "--mode", "recommended", "--evidence-root", project.Path);
        var without = CliRunner.Run("check", assembly, "--mode", "recommended");

        Assert.Contains("AIC210", with.Out, System.StringComparison.Ordinal);
        Assert.Contains("changed: SHA-256", with.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("AIC211", with.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("AIC210", without.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_evidence_root_that_is_not_a_folder_is_one_message_and_exit_2()
    {
        using var project = new TempDirectory("aicompliance-evidence");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Scorer", Source("abc")), project.Combine("Contoso.Scorer.dll"));

        var card = CliRunner.Run("card", assembly, "--out", project.Combine("cards"), "--evidence-root", project.Combine("missing"));
        var check = CliRunner.Run("check", assembly, "--evidence-root", project.Combine("missing"));

        Assert.Equal(2, card.Exit);
        Assert.Contains("card: --evidence-root '" + project.Combine("missing") + "' is not a folder", card.Error, System.StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Combine("cards")));
        Assert.Equal(2, check.Exit);
        Assert.Contains("check: --evidence-root '" + project.Combine("missing") + "' is not a folder", check.Error, System.StringComparison.Ordinal);
    }

    private static string[] EvidenceChecks(string card)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(card));
        var checks = new System.Collections.Generic.List<string>();
        foreach (var series in json.RootElement.GetProperty("evaluations").EnumerateArray())
        {
            foreach (var result in series.GetProperty("results").EnumerateArray())
            {
                checks.Add(series.GetProperty("metric").GetString() + ": " + result.GetProperty("evidenceCheck").GetString());
            }
        }

        return checks.ToArray();
    }
}
