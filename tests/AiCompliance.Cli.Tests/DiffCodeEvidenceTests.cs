using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Cli.Tests.Fixtures;
using AiCompliance.Testing;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// aicompliance diff on code evidence against builds that record none (an older package) and on a build whose only
/// change is a tool that lost its approval.
/// </summary>
public sealed class DiffCodeEvidenceTests : IClassFixture<DiffFixture>
{
    private const string Bot = """
        using AiCompliance;

        [assembly: ObservedInCode("bot", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "APPROVAL", File = "Bot.cs", Line = LINE)]
        [assembly: ObservedInCode("bot", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "region", Regions = "US", File = "Bot.cs", Line = LINE)]

        [AiModel("bot")]
        public sealed class Bot { }
        """;

    private readonly DiffFixture _fixture;

    public DiffCodeEvidenceTests(DiffFixture fixture) => _fixture = fixture;

    [Fact]
    public void A_build_without_evidence_against_one_with_it_is_one_change_per_model_not_every_item()
    {
        var v0 = WithoutEvidence();

        using var recorded = Json(v0, _fixture.V1);
        using var dropped = Json(_fixture.V1, v0);

        Assert.Equal(
            ["model:scorer|ObservedInCode||codeEvidenceNowRecorded|neutral||2 model names, 3 endpoints, 4 tools"],
            CodeChanges(recorded));
        Assert.Equal(
            ["model:scorer|ObservedInCode||codeEvidenceNotRecorded|weakening|2 model names, 3 endpoints, 4 tools|"],
            CodeChanges(dropped));
        using var neither = Json(v0, v0);
        Assert.Empty(neither.RootElement.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public void A_tool_that_loses_its_approval_is_the_only_change_and_fails_the_diff_a_moved_call_site_is_none()
    {
        var required = Compile("required", Bot.Replace("APPROVAL", "required", StringComparison.Ordinal).Replace("LINE", "4", StringComparison.Ordinal));
        var moved = Compile("moved", Bot.Replace("APPROVAL", "required", StringComparison.Ordinal).Replace("LINE", "40", StringComparison.Ordinal));
        var dropped = Compile("dropped", Bot.Replace("APPROVAL", "not-required", StringComparison.Ordinal).Replace("LINE", "4", StringComparison.Ordinal));

        var same = CliRunner.Run("diff", required, moved);
        Assert.Equal(0, same.Exit);
        Assert.Contains("no governance change", same.Out, StringComparison.Ordinal);

        var weaker = CliRunner.Run("diff", required, dropped, "--format", "json");
        Assert.Equal(1, weaker.Exit);
        using var document = JsonDocument.Parse(weaker.Out);
        Assert.Equal(["model:bot|ObservedInCode|tool refund (AIFunctionFactory)|codeToolApprovalDropped|weakening|required|not-required"], CodeChanges(document));
        Assert.True(document.RootElement.GetProperty("summary").GetProperty("hasWeakening").GetBoolean());
        Assert.Equal("1.2", document.RootElement.GetProperty("schemaVersion").GetString());

        var markdown = CliRunner.Run("diff", required, dropped);
        Assert.Equal(1, markdown.Exit);
        Assert.Contains(
            "## Weakening changes (1)\n\n| Subject | Declaration | Change | Before | After |\n|---|---|---|---|---|\n"
            + "| model bot | ObservedInCode (tool refund (AIFunctionFactory)).Approval | Tool no longer requires approval (`codeToolApprovalDropped`) | required | not-required |\n",
            markdown.Out,
            StringComparison.Ordinal);

        var stronger = CliRunner.Run("diff", dropped, required, "--format", "json");
        Assert.Equal(0, stronger.Exit);
        using var reverse = JsonDocument.Parse(stronger.Out);
        Assert.Equal(["model:bot|ObservedInCode|tool refund (AIFunctionFactory)|codeToolApprovalAdded|strengthening|not-required|required"], CodeChanges(reverse));
    }

    [Fact]
    public async Task Diffs_with_code_evidence_validate_against_the_schema()
    {
        var v0 = WithoutEvidence();
        var files = new[] { (v0, _fixture.V1, "recorded.json"), (_fixture.V1, v0, "dropped.json") }
            .Select(run =>
            {
                var path = _fixture.Directory.Combine("code-" + run.Item3);
                CliRunner.Run("diff", run.Item1, run.Item2, "--format", "json", "--out", path);
                return path;
            })
            .Append(_fixture.JsonPath)
            .ToList();

        var results = await SchemaValidator.ValidateAsync(RepositoryRoot.Combine("docs", "schema", "governance-diff.schema.json"), files);

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
    }

    [Fact]
    public void A_hostile_endpoint_stays_one_json_string_and_one_markdown_table_row()
    {
        var change = Assert.Single(_fixture.Changes, c => c.GetProperty("item").ValueKind == JsonValueKind.String && c.GetProperty("item").GetString()!.StartsWith("endpoint https://evil", StringComparison.Ordinal));
        Assert.Equal("endpoint https://evil.example/q?a=\"<b>|\n", change.GetProperty("item").GetString());

        // The newline is shown as ↵ and every character Markdown or an autolinker would read is escaped.
        var row = Assert.Single(_fixture.Markdown.Out.Split('\n'), line => line.Contains("evil.example", StringComparison.Ordinal));
        Assert.Equal(
            "| model scorer | ObservedInCode (endpoint https\\://evil.example/q?a\\=\\\"\\<b\\>\\| ↵ ) | Endpoint called in code (`codeEndpointAdded`) | — | unknown at Scoring/Scorer.cs\\:19 |",
            row);
    }

    private string WithoutEvidence()
    {
        var source = string.Join('\n', DiffSources.V1.Split('\n').Where(line => !line.Contains("ObservedInCode", StringComparison.Ordinal)));
        var path = _fixture.Directory.Combine("v0/Contoso.Governed.dll");
        if (!System.IO.File.Exists(path))
        {
            FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Governed", source, "0.9.0"), path);
        }

        return path;
    }

    private string Compile(string name, string source) =>
        FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Bot", source, "1.0.0"), _fixture.Directory.Combine("bot-" + name + "/Contoso.Bot.dll"));

    private static JsonDocument Json(string oldFile, string newFile) =>
        JsonDocument.Parse(CliRunner.Run("diff", oldFile, newFile, "--format", "json").Out);

    private static string[] CodeChanges(JsonDocument document) =>
        document.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("declaration").GetString() == "ObservedInCode")
            .Select(c => string.Join(
                "|",
                c.GetProperty("subject").GetProperty("kind").GetString() + ":" + c.GetProperty("subject").GetProperty("id").GetString(),
                c.GetProperty("declaration").GetString(),
                Text(c, "item"),
                c.GetProperty("kind").GetString(),
                c.GetProperty("severity").GetString(),
                Text(c, "old"),
                Text(c, "new")))
            .ToArray();

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : element.GetProperty(name).GetString();
}
