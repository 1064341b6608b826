using System;
using System.IO;
using AiCompliance.Policy.Baseline;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// <c>aicompliance baseline</c>: the compiler's SARIF log in, the checked-in baseline out, keyed as the build's
/// suppressor keys a diagnostic (rule, file relative to the baseline, text the diagnostic spans).
/// </summary>
public sealed class BaselineCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new("aicompliance-baseline");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Records_open_and_baselined_findings_and_skips_other_suppressions_and_unbaselinable_rules()
    {
        var source = _directory.Combine(Path.Combine("Services", "Chat.cs"));
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, "namespace App;\r\n\r\npublic sealed class ChatService\r\n{\r\n}\r\n\u2028public sealed class Summary { }\n[Accepted] class Kept { }\n");
        var uri = new Uri(source).AbsoluteUri;
        var log = _directory.Combine("build.sarif");
        File.WriteAllText(log, $$"""
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "AIC001", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 3, "startColumn": 21, "endLine": 3, "endColumn": 32 } } } ] },
              { "ruleId": "AIC101", "suppressions": [ { "kind": "external", "justification": "{{BaselineFile.SuppressionJustification}}" } ], "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 7, "startColumn": 21, "endLine": 7, "endColumn": 28 } } } ] },
              { "ruleId": "AIC001", "suppressions": [ { "kind": "inSource" } ], "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 8, "startColumn": 18, "endLine": 8, "endColumn": 22 } } } ] },
              { "ruleId": "AIC305", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 3, "startColumn": 21, "endLine": 3, "endColumn": 32 } } } ] },
              { "ruleId": "CS0168", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 3, "startColumn": 1 } } } ] },
              { "ruleId": "AIC005" }
            ] } ] }
            """);
        var output = _directory.Combine("aicompliance.baseline.json");

        var result = CliRunner.Run("baseline", log, "--out", output);

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Error);
        Assert.Equal($"aicompliance: recorded 2 finding(s) as 2 baseline entries in {output}\n", result.Out.Replace("\r", "", StringComparison.Ordinal));
        // Line 7 is "public sealed class Summary": the compiler counts U+2028 as a line break, and so does the command.
        Assert.Equal(
            "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n" +
            "    { \"rule\": \"AIC001\", \"file\": \"Services/Chat.cs\", \"symbol\": \"ChatService\" },\n" +
            "    { \"rule\": \"AIC101\", \"file\": \"Services/Chat.cs\", \"symbol\": \"Summary\" }\n  ]\n}\n",
            File.ReadAllText(output));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{ \"version\": \"2.1.0\" }")]
    [InlineData("{ \"runs\": 3 }")]
    public void A_log_it_cannot_read_is_one_error_line_and_exit_code_2(string content)
    {
        var log = _directory.Combine("bad.sarif");
        File.WriteAllText(log, content);

        var result = CliRunner.Run("baseline", log, "--out", _directory.Combine("b.json"));

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("aicompliance: error: " + log + ": not a SARIF log this command can read: ", result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(_directory.Combine("b.json")));
    }

    [Fact]
    public void Fail_on_stale_lists_the_entries_no_finding_matches_writes_nothing_and_exits_1()
    {
        var log = LogOfOneChatServiceFinding(out var baseline);
        var checkedIn =
            "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n" +
            "    { \"rule\": \"AIC001\", \"file\": \"Chat.cs\", \"symbol\": \"ChatService\", \"count\": 3 },\n" +
            "    { \"rule\": \"AIC001\", \"file\": \"Gone.cs\", \"symbol\": \"Gone\u202eService\" }\n  ]\n}\n";
        File.WriteAllText(baseline, checkedIn);

        var result = CliRunner.Run("baseline", log, "--out", baseline, "--fail-on-stale");

        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Error);
        // Two of the three ChatService findings are fixed; Gone.cs is gone. The control character is shown, not obeyed.
        Assert.Equal(
            $"aicompliance: {baseline} has 2 stale entries that no finding of the log matches; record the baseline again to drop them:\n" +
            "  AIC001  Chat.cs  ChatService (x2)\n" +
            "  AIC001  Gone.cs  Gone\\u202eService\n",
            result.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(checkedIn, File.ReadAllText(baseline));
    }

    [Fact]
    public void Fail_on_stale_passes_when_every_entry_still_matches_a_finding_suppressed_by_the_baseline_or_not()
    {
        var log = LogOfOneChatServiceFinding(out var baseline);
        Assert.Equal(0, CliRunner.Run("baseline", log, "--out", baseline).Exit);

        var result = CliRunner.Run("baseline", log, "--out", baseline, "--fail-on-stale");

        Assert.Equal(0, result.Exit);
        Assert.Equal($"aicompliance: every entry of {baseline} matches a finding of the log.\n", result.Out.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Fail_on_stale_without_a_readable_baseline_is_an_input_error()
    {
        var log = LogOfOneChatServiceFinding(out var baseline);

        Assert.Equal(2, CliRunner.Run("baseline", log, "--out", baseline, "--fail-on-stale").Exit);
        File.WriteAllText(baseline, "{ \"schemaVersion\": 7, \"entries\": [] }");
        var result = CliRunner.Run("baseline", log, "--out", baseline, "--fail-on-stale");
        Assert.Equal(2, result.Exit);
        Assert.Contains("the baseline", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_again_names_the_entries_it_drops()
    {
        var log = LogOfOneChatServiceFinding(out var baseline);
        File.WriteAllText(baseline, "{ \"schemaVersion\": 1, \"entries\": [ { \"rule\": \"AIC001\", \"file\": \"Gone.cs\", \"symbol\": \"Gone\" }, { \"rule\": \"AIC001\", \"file\": \"Chat.cs\", \"symbol\": \"ChatService\" } ] }");

        var result = CliRunner.Run("baseline", log, "--out", baseline);

        Assert.Equal(0, result.Exit);
        Assert.Equal(
            $"aicompliance: recorded 1 finding(s) as 1 baseline entry in {baseline}\n" +
            "aicompliance: dropped 1 stale entry that no finding matches any more:\n" +
            "  AIC001  Gone.cs  Gone\n",
            result.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Gone", File.ReadAllText(baseline), StringComparison.Ordinal);
    }

    /// <summary>A log with one AIC001 finding on ChatService, suppressed by the baseline; the baseline's path beside it.</summary>
    private string LogOfOneChatServiceFinding(out string baseline)
    {
        var source = _directory.Combine("Chat.cs");
        File.WriteAllText(source, "namespace App;\n\npublic sealed class ChatService\n{\n}\n");
        var log = _directory.Combine("build.sarif");
        File.WriteAllText(log, $$"""
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "AIC001", "suppressions": [ { "kind": "external", "justification": "{{BaselineFile.SuppressionJustification}}" } ], "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{new Uri(source).AbsoluteUri}}" }, "region": { "startLine": 3, "startColumn": 21, "endLine": 3, "endColumn": 32 } } } ] }
            ] } ] }
            """);
        baseline = _directory.Combine(BaselineFile.DefaultFileName);
        return log;
    }

    [Fact]
    public void A_missing_log_is_an_input_error()
    {
        var result = CliRunner.Run("baseline", _directory.Combine("none.sarif"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("none.sarif: no such file.", result.Error, StringComparison.Ordinal);
    }
}
