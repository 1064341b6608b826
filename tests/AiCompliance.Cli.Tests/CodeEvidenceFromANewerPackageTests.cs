using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Checking;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// An assembly built by a newer package records code evidence this version cannot read (an unknown kind, an unknown
/// location). The reader skips those entries and counts them, so that nothing reads an absence as a fact: the card never
/// says "nothing observed", <c>check</c> reports what it read and lists the code rules as not checkable, and <c>diff</c>
/// gives one weakening change instead of comparing items.
/// </summary>
public sealed class CodeEvidenceFromANewerPackageTests
{
    private const string Newer = """
        using AiCompliance;

        [assembly: ObservedInCode("bot", "read")]
        [assembly: ObservedInCode("bot", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Bot.cs", Line = 7)]
        [assembly: ObservedInCode("bot", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "continent", Regions = "NA", File = "Bot.cs", Line = 8)]
        [assembly: ObservedInCode("bot", "prompt-source", Value = "HttpRequest.Query", File = "Bot.cs", Line = 9)]
        [assembly: ObservedInCode("quiet", "read")]

        [AiModel("bot", BaseModel = "gpt-4o")]
        [DataResidency("SG")]
        public sealed class Bot { }

        [AiModel("quiet", BaseModel = "gpt-4o")]
        public sealed class Quiet { }
        """;

    private static readonly string[] CodeRules = RuleCatalog.All.Where(r => r.ReadsCode).Select(r => r.Descriptor.Id).ToArray();

    [Fact]
    public async Task The_card_says_what_was_not_read_and_never_nothing_observed()
    {
        using var directory = new TempDirectory("code-evidence-newer-card");
        var dll = Emit(directory, "newer", Newer);

        var run = CliRunner.Run("card", dll, "--format", "md,json", "-o", directory.Combine("cards"));

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var markdown = File.ReadAllText(directory.Combine("cards/bot.md"));
        Assert.Contains(
            "**Not all read:** the assembly records code evidence for this model that this version of the card tool cannot read (a newer package built it; entries not read: 2).",
            markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing observed", markdown, StringComparison.Ordinal);
        Assert.Contains("gpt-4o-mini", markdown, StringComparison.Ordinal);
        Assert.Contains("Nothing observed", File.ReadAllText(directory.Combine("cards/quiet.md")), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(directory.Combine("cards/bot.json")));
        var observed = json.RootElement.GetProperty("observedInCode");
        Assert.Equal(2, observed.GetProperty("unreadEntries").GetInt32());
        Assert.Equal(["gpt-4o-mini"], observed.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("value").GetString()));
        Assert.Empty(observed.GetProperty("endpoints").EnumerateArray());
        using var quiet = JsonDocument.Parse(File.ReadAllBytes(directory.Combine("cards/quiet.json")));
        Assert.Equal(0, quiet.RootElement.GetProperty("observedInCode").GetProperty("unreadEntries").GetInt32());

        var results = await SchemaValidator.ValidateAsync(RepositoryRoot.Combine("docs", "schema", "model-card.schema.json"), [directory.Combine("cards/bot.json"), directory.Combine("cards/quiet.json")]);
        Assert.All(results, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
    }

    [Fact]
    public void Check_reports_what_it_read_and_lists_the_code_rules_as_not_checkable_saying_why()
    {
        using var directory = new TempDirectory("code-evidence-newer-check");
        var dll = Emit(directory, "newer", Newer);
        var sarifPath = directory.Combine("check.sarif");

        var run = CliRunner.Run("check", dll, "--mode", "recommended", "--sarif", sarifPath);

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        var firstRun = sarif.RootElement.GetProperty("runs")[0];
        // The model name it read still contradicts the declared base model: what was read is checked.
        Assert.Equal(
            ["AIC401"],
            firstRun.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Where(id => CodeRules.Contains(id)));
        var notifications = firstRun.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Where(n => CodeRules.Contains(n.GetProperty("associatedRule").GetProperty("id").GetString()))
            .Select(n => n.GetProperty("message").GetProperty("text").GetString())
            .ToArray();
        Assert.Equal(
            RuleCatalog.All.Where(r => r.ReadsCode).Select(r => r.Descriptor.Id + " (" + r.Descriptor.Title + ") " + PolicyCheck.WhyNotCheckable(r.Descriptor, unreadCodeEvidence: true)),
            notifications);
        Assert.Contains("cannot read (a newer package built it)", notifications[0], StringComparison.Ordinal);
        Assert.Contains("  AIC403  " + RuleCatalog.All.First(r => r.Descriptor.Id == "AIC403").Descriptor.Title + ": reads the code evidence", run.Out, StringComparison.Ordinal);
        Assert.Equal(
            CodeRules,
            firstRun.GetProperty("properties").GetProperty("notCheckable").EnumerateArray().Select(e => e.GetString()).Where(id => CodeRules.Contains(id)));
    }

    [Fact]
    public void Diff_against_a_build_it_cannot_fully_read_is_one_weakening_change_not_a_list_of_items()
    {
        using var directory = new TempDirectory("code-evidence-newer-diff");
        var read = string.Join('\n', Newer.Split('\n').Where(line => !line.Contains("\"endpoint\"", StringComparison.Ordinal) && !line.Contains("prompt-source", StringComparison.Ordinal)));
        var older = Emit(directory, "older", read);
        var newer = Emit(directory, "newer", Newer);

        var run = CliRunner.Run("diff", older, newer, "--format", "json");

        Assert.Equal(1, run.Exit);
        using var document = JsonDocument.Parse(run.Out);
        var changes = document.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("declaration").GetString() == "ObservedInCode")
            .Select(c => c.GetProperty("subject").GetProperty("id").GetString() + "|" + c.GetProperty("kind").GetString() + "|" + c.GetProperty("severity").GetString() + "|" + Text(c, "old") + "|" + Text(c, "new"));
        Assert.Equal(["bot|codeEvidenceNotFullyRead|weakening||2 entries not read"], changes);
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : element.GetProperty(name).GetString();

    private static string Emit(TempDirectory directory, string name, string source) =>
        FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Bot", source, "1.0.0"), directory.Combine(name + "/Contoso.Bot.dll"));
}
