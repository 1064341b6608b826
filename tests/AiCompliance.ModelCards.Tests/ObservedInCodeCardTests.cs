using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Testing;
using AngleSharp.Dom;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The "Observed in code" section: what the build saw in a model's code, read back from the assembly's
/// <c>[ObservedInCode]</c> attributes, in the Markdown, HTML and JSON cards, cell by cell; which absence a card without
/// evidence reports; hostile values kept in their cells; and the samples' own evidence.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class ObservedInCodeCardTests(TestAssemblies assemblies)
{
    internal const string HostileValue = "gpt|4o <script>alert(1)</script>\n# not a heading\r\n| x | y |";
    internal const string HostileTool = "refund|all <b>now</b>\nnext";

    /// <summary>The attributes as the generator writes them (ObservedInCodeGeneratorTests pins that text), one of each kind.</summary>
    public const string Source = """
        using AiCompliance;

        [assembly: global::AiCompliance.ObservedInCode("bot", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Bots/Bot.cs", Line = 8)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "deployment-name", Api = "AzureOpenAIClient.GetChatClient(deploymentName)", File = "Bots/Bot.cs", Line = 13)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "region", Regions = "US,IE", File = "Bots/Bot.cs", Line = 9)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "endpoint", Value = "http://localhost:11434", Api = "new OllamaApiClient(uriString)", Host = "localhost", Location = "on-premises", File = "Bots/Bot.cs", Line = 10)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "endpoint", Value = "https://llm.contoso.example/", Api = "new OllamaApiClient(uriString)", Host = "llm.contoso.example", Location = "unknown", File = "Bots/Bot.cs", Line = 11)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "endpoint", Api = "new OllamaApiClient(uri)", Location = "not-constant", File = "Bots/Bot.cs", Line = 12)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "required", File = "Bots/Bot.cs", Line = 20)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "tool", Value = "Lookup", Api = "KernelFunction", Approval = "not-required", File = "Bots/Plugins.cs", Line = 4)]
        [assembly: global::AiCompliance.ObservedInCode("bot", "tool", Value = "Search", Api = "McpServerTool", Approval = "not-visible")]
        [assembly: global::AiCompliance.ObservedInCode("bot", "tool", Value = "(MCP server tools)", Api = "McpClient", Approval = "not-visible", File = "Bots/Bot.cs", Line = 30)]
        [assembly: global::AiCompliance.ObservedInCode("hostile", "model-name", Value = "gpt|4o <script>alert(1)</script>\n# not a heading\r\n| x | y |", Api = "new ChatClient(model)", File = "Odd|<i>dir</i>/Bot.cs", Line = 3)]
        [assembly: global::AiCompliance.ObservedInCode("hostile", "tool", Value = "refund|all <b>now</b>\nnext", Api = "AIFunctionFactory", Approval = "required", File = "Odd.cs", Line = 4)]

        namespace Contoso.Observed
        {
            [AiModel("bot", Name = "Bot")]
            public sealed class Bot { }

            [AiModel("hostile", Name = "Hostile")]
            public sealed class Hostile { }

            [AiModel("quiet", Name = "Quiet")]
            public sealed class Quiet { }
        }
        """;

    private static readonly string[][] BotModels =
    [
        ["gpt-4o-mini", "model", "new ChatClient(model)", "Bots/Bot.cs:8"],
        ["not constant", "deployment", "AzureOpenAIClient.GetChatClient(deploymentName)", "Bots/Bot.cs:13"],
    ];

    private static readonly string[][] BotEndpoints =
    [
        ["https://api.openai.com/v1", "api.openai.com", "region", "US, IE", "new OpenAIClientOptions(Endpoint)", "Bots/Bot.cs:9"],
        ["http://localhost:11434", "localhost", "on premises (loopback)", "—", "new OllamaApiClient(uriString)", "Bots/Bot.cs:10"],
        ["https://llm.contoso.example/", "llm.contoso.example", "unknown host", "—", "new OllamaApiClient(uriString)", "Bots/Bot.cs:11"],
        ["not constant", "—", "not constant", "—", "new OllamaApiClient(uri)", "Bots/Bot.cs:12"],
    ];

    private static readonly string[][] BotTools =
    [
        ["refund", "AIFunctionFactory", "required", "Bots/Bot.cs:20"],
        ["Lookup", "KernelFunction", "not required", "Bots/Plugins.cs:4"],
        ["Search", "McpServerTool", "not visible in the code", "—"],
        ["(MCP server tools)", "McpClient", "not visible in the code", "Bots/Bot.cs:30"],
    ];

    private static CardTexts English => CardLanguages.English.Texts;

    private IReadOnlyDictionary<string, byte[]> Cards(ModelCardOptions? options = null) => CardFiles.Generate(assemblies.Observed.Path, options);

    private static IDocument Markdown(byte[] card) => CardFiles.RenderMarkdown(CardFiles.SplitMarkdown(CardFiles.Text(card)).Body);

    private static IDocument Html(byte[] card) => CardFiles.ParseHtml(CardFiles.Text(card));

    [Fact]
    public void The_markdown_and_html_cards_list_every_observation_cell_by_cell()
    {
        var cards = Cards();
        foreach (var document in new[] { Markdown(cards["bot.md"]), Html(cards["bot.html"]) })
        {
            Assert.Equal(BotModels, Rows(document, English["Heading.ModelsCalled"]));
            Assert.Equal(BotEndpoints, Rows(document, English["Heading.EndpointsCalled"]));
            Assert.Equal(BotTools, Rows(document, English["Heading.ToolsExposed"]));
            Assert.Equal(
                ["Model name", "Kind", "API", "Source location"],
                Table(document, English["Heading.ModelsCalled"]).QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
            Assert.Equal(
                ["Endpoint", "Host", "Jurisdiction", "Regions", "API", "Source location"],
                Table(document, English["Heading.EndpointsCalled"]).QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
            Assert.Equal(
                ["Tool", "API", "Approval", "Source location"],
                Table(document, English["Heading.ToolsExposed"]).QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
        }
    }

    [Fact]
    public void The_section_says_it_is_observed_and_not_a_claim_of_compliance_and_sits_before_the_framework_coverage()
    {
        var cards = Cards();
        foreach (var document in new[] { Markdown(cards["bot.md"]), Html(cards["bot.html"]) })
        {
            var headings = document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
            var observed = headings.IndexOf("Observed in code");
            Assert.True(observed > headings.IndexOf(English["Heading.EnvironmentalImpact"]), string.Join(" / ", headings));
            Assert.Equal(observed + 1, headings.IndexOf(English["Heading.Coverage"]));

            var explanation = SectionParagraphs(document).First().TextContent;
            Assert.Contains("observed to do, not a declaration, and it is not a claim of compliance", explanation, StringComparison.Ordinal);
            Assert.DoesNotContain("complies", explanation, StringComparison.OrdinalIgnoreCase);
        }

        Assert.NotNull(Html(cards["bot.html"]).QuerySelector("section#observed-in-code table.observed-tools"));
    }

    [Fact]
    public async Task The_json_card_carries_every_observation_and_validates_against_the_schema()
    {
        var cards = Cards();
        using var card = JsonDocument.Parse(cards["bot.json"]);
        var observed = card.RootElement.GetProperty("observedInCode");

        Assert.Equal(
            [("gpt-4o-mini", "model", "new ChatClient(model)", "Bots/Bot.cs", 8), (null, "deployment", "AzureOpenAIClient.GetChatClient(deploymentName)", "Bots/Bot.cs", 13)],
            observed.GetProperty("models").EnumerateArray().Select(m => (
                m.GetProperty("value").GetString(), m.GetProperty("kind").GetString()!, m.GetProperty("api").GetString()!,
                m.GetProperty("file").GetString(), m.GetProperty("line").GetInt32())).ToArray());
        Assert.Equal(
            [
                ("https://api.openai.com/v1", "api.openai.com", "region", "US,IE", "Bots/Bot.cs:9"),
                ("http://localhost:11434", "localhost", "on-premises", "", "Bots/Bot.cs:10"),
                ("https://llm.contoso.example/", "llm.contoso.example", "unknown", "", "Bots/Bot.cs:11"),
                (null, null, "not-constant", "", "Bots/Bot.cs:12"),
            ],
            observed.GetProperty("endpoints").EnumerateArray().Select(e => (
                e.GetProperty("value").GetString(), e.GetProperty("host").GetString(), e.GetProperty("jurisdiction").GetString()!,
                string.Join(",", e.GetProperty("regions").EnumerateArray().Select(r => r.GetString())),
                e.GetProperty("file").GetString() + ":" + e.GetProperty("line").GetInt32())).ToArray());
        Assert.Equal(
            [("refund", "AIFunctionFactory", "required"), ("Lookup", "KernelFunction", "not-required"), ("Search", "McpServerTool", "not-visible"), ("(MCP server tools)", "McpClient", "not-visible")],
            observed.GetProperty("tools").EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("api").GetString()!, t.GetProperty("approval").GetString()!)).ToArray());
        var unplaced = observed.GetProperty("tools")[2];
        Assert.Equal(JsonValueKind.Null, unplaced.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, unplaced.GetProperty("line").ValueKind);

        var cardNames = new[] { "bot.json", "hostile.json", "quiet.json" };
        Assert.All(await Validate(cards, cardNames), result => Assert.True(result.Valid, result.Errors));
    }

    [Fact]
    public async Task An_assembly_without_code_evidence_says_so_in_one_line_and_json_has_null()
    {
        var files = CardFiles.Files(assemblies.Plain.Path);
        foreach (var document in new[] { Markdown(CardFiles.OnlyOf(files, CardFormats.Markdown)), Html(CardFiles.OnlyOf(files, CardFormats.Html)) })
        {
            var paragraph = Assert.Single(SectionParagraphs(document));
            Assert.Equal(English["Text.NoCodeEvidence"], paragraph.TextContent);
            Assert.StartsWith("The assembly carries no code evidence: ", paragraph.TextContent, StringComparison.Ordinal);
            Assert.Empty(SectionTables(document));
        }

        var json = CardFiles.OnlyOf(files, CardFormats.Json);
        using var card = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, card.RootElement.GetProperty("observedInCode").ValueKind);
        Assert.All(await Validate(new Dictionary<string, byte[]> { ["plain.json"] = json }, ["plain.json"]), result => Assert.True(result.Valid, result.Errors));
    }

    /// <summary>
    /// The generator writes nothing for a model whose code it saw nothing in, but writes for the assembly's other models:
    /// that is "nothing observed", not "no evidence".
    /// </summary>
    [Fact]
    public async Task A_model_the_generator_saw_nothing_in_says_nothing_was_observed_and_json_has_three_empty_lists()
    {
        var cards = Cards();
        Assert.Null(AssemblyDeclarationReader.ReadFile(assemblies.Observed.Path).Declarations.Models.Single(m => m.Identity!.Id == "quiet").Code);
        foreach (var document in new[] { Markdown(cards["quiet.md"]), Html(cards["quiet.html"]) })
        {
            var paragraph = Assert.Single(SectionParagraphs(document));
            Assert.Equal(English["Text.NothingObserved"], paragraph.TextContent);
            Assert.NotEqual(English["Text.NoCodeEvidence"], English["Text.NothingObserved"]);
            Assert.Empty(SectionTables(document));
        }

        using var json = JsonDocument.Parse(cards["quiet.json"]);
        var observed = json.RootElement.GetProperty("observedInCode");
        Assert.Equal(["endpoints", "models", "tools", "unreadEntries"], observed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(observed.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array), list => Assert.Equal(0, list.Value.GetArrayLength()));
        Assert.Equal(0, observed.GetProperty("unreadEntries").GetInt32());
        Assert.All(await Validate(cards, ["quiet.json"]), result => Assert.True(result.Valid, result.Errors));
    }

    [Fact]
    public async Task A_model_file_and_a_list_with_nothing_in_it_are_shown_as_such()
    {
        var file = new ModelCodeEvidence([new ObservedModelName("models/chat.gguf", ModelNameKind.File, "new ModelParams(modelPath)", new SourcePosition("Chat.cs", 5))], []);
        var cards = Generate(code => code is null ? file : code).ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);

        foreach (var document in new[] { Markdown(cards["quiet.md"]), Html(cards["quiet.html"]) })
        {
            Assert.Equal(new[] { new[] { "models/chat.gguf", "model file", "new ModelParams(modelPath)", "Chat.cs:5" } }, Rows(document, English["Heading.ModelsCalled"]));
            Assert.Single(SectionTables(document));
            Assert.Equal(
                [English["Text.NoneObserved"], English["Text.NoneObserved"]],
                SectionParagraphs(document).Skip(1).Select(p => p.TextContent));
        }

        using var json = JsonDocument.Parse(cards["quiet.json"]);
        Assert.Equal("file", json.RootElement.GetProperty("observedInCode").GetProperty("models")[0].GetProperty("kind").GetString());
        Assert.All(await Validate(cards, ["quiet.json"]), result => Assert.True(result.Valid, result.Errors));
    }

    [Fact]
    public void Hostile_values_stay_in_their_cells_as_text_in_every_format()
    {
        var cards = Cards();
        var markdown = Markdown(cards["hostile.md"]);
        var html = Html(cards["hostile.html"]);

        // Markdown cannot hold a line break in a table cell: the writer shows it as " ↵ ".
        Assert.Equal(
            new[] { new[] { "gpt|4o <script>alert(1)</script> ↵ # not a heading ↵ | x | y |", "model", "new ChatClient(model)", "Odd|<i>dir</i>/Bot.cs:3" } },
            Rows(markdown, English["Heading.ModelsCalled"]));
        Assert.Equal(new[] { new[] { "refund|all <b>now</b> ↵ next", "AIFunctionFactory", "required", "Odd.cs:4" } }, Rows(markdown, English["Heading.ToolsExposed"]));
        Assert.Equal(new[] { new[] { HostileValue, "model", "new ChatClient(model)", "Odd|<i>dir</i>/Bot.cs:3" } }, Rows(html, English["Heading.ModelsCalled"]));
        Assert.Equal(new[] { new[] { HostileTool, "AIFunctionFactory", "required", "Odd.cs:4" } }, Rows(html, English["Heading.ToolsExposed"]));
        foreach (var document in new[] { markdown, html })
        {
            Assert.Empty(document.QuerySelectorAll("script, b, i"));
            Assert.Equal(["Observed in code"], document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).Where(t => t.Contains("Observed", StringComparison.Ordinal)));
            Assert.DoesNotContain(document.QuerySelectorAll("h1, h2, h3, h4"), h => h.TextContent.Contains("not a heading", StringComparison.Ordinal));
        }

        using var json = JsonDocument.Parse(cards["hostile.json"]);
        var observed = json.RootElement.GetProperty("observedInCode");
        Assert.Equal(HostileValue, observed.GetProperty("models")[0].GetProperty("value").GetString());
        Assert.Equal("Odd|<i>dir</i>/Bot.cs", observed.GetProperty("models")[0].GetProperty("file").GetString());
        Assert.Equal(HostileTool, observed.GetProperty("tools")[0].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(LocalizedCardTests.Languages), MemberType = typeof(LocalizedCardTests))]
    public void A_card_in_another_language_translates_the_generated_text_and_keeps_the_observed_values(string tag)
    {
        var cards = Cards(new ModelCardOptions { Languages = CardLanguages.Parse(tag, out _) });
        var texts = CardLanguages.Find(tag)!.Texts;
        var document = Html(cards["bot." + tag + ".html"]);

        Assert.Equal(texts["Heading.ObservedInCode"], document.QuerySelector("section#observed-in-code h2")!.TextContent.Trim());
        Assert.NotEqual(English["Heading.ObservedInCode"], texts["Heading.ObservedInCode"]);
        var tools = Rows(document, texts["Heading.ToolsExposed"]);
        Assert.Equal(["refund", "AIFunctionFactory", texts["Approval.required"], "Bots/Bot.cs:20"], tools[0]);
        Assert.Equal(texts["Text.NotConstant"], Rows(document, texts["Heading.ModelsCalled"])[1][0]);
        Assert.Equal(texts["Jurisdiction.on-premises"], Rows(document, texts["Heading.EndpointsCalled"])[1][2]);
        Assert.Equal(texts["Text.NothingObserved"], Assert.Single(SectionParagraphs(Html(cards["quiet." + tag + ".html"]))).TextContent);
    }

    /// <summary>
    /// The samples' builds ran the generator: CreditScoring's officer-facing tool is wrapped in ApprovalRequiredAIFunction;
    /// CitizenAssistant asks its Ollama server for the declared qwen2.5:7b, at an address the help desk chooses at run time.
    /// </summary>
    [Fact]
    public void The_samples_cards_show_what_their_builds_saw_in_the_code()
    {
        var credit = CardFiles.Generate(SampleDll("CreditScoring"));
        var creditCard = Assert.Single(credit.Keys, name => name.EndsWith(".md", StringComparison.Ordinal) && !name.Contains("annex", StringComparison.Ordinal));
        var creditMarkdown = Markdown(credit[creditCard]);
        Assert.Equal(
            new[] { new[] { "assess_credit_application", "AIFunctionFactory", "required", "CreditScorer.cs:177" } },
            Rows(creditMarkdown, English["Heading.ToolsExposed"]));
        using (var json = JsonDocument.Parse(credit[creditCard[..^".md".Length] + ".json"]))
        {
            var tool = Assert.Single(json.RootElement.GetProperty("observedInCode").GetProperty("tools").EnumerateArray());
            Assert.Equal("required", tool.GetProperty("approval").GetString());
        }

        var citizen = CardFiles.Generate(SampleDll("CitizenAssistant"));
        var citizenHtml = Html(citizen["citizen-assistant.html"]);
        Assert.Equal(
            new[] { new[] { "qwen2.5:7b", "model", "new OllamaApiClient(defaultModel)", "PublicServiceAssistant.cs:190" } },
            Rows(citizenHtml, English["Heading.ModelsCalled"]));
        Assert.Equal(
            new[] { new[] { "not constant", "—", "not constant", "—", "new OllamaApiClient(uri)", "PublicServiceAssistant.cs:190" } },
            Rows(citizenHtml, English["Heading.EndpointsCalled"]));
        using var citizenJson = JsonDocument.Parse(citizen["citizen-assistant.json"]);
        Assert.Empty(citizenJson.RootElement.GetProperty("observedInCode").GetProperty("tools").EnumerateArray());
    }

    private static string SampleDll(string sample) =>
        RepositoryRoot.Combine("samples", sample, "bin", SampleTests.Configuration, "net10.0", sample + ".dll");

    private IReadOnlyList<CardFile> Generate(Func<ModelCodeEvidence?, ModelCodeEvidence?> quietCode)
    {
        var scanned = AssemblyDeclarationReader.ReadFile(assemblies.Observed.Path);
        var declarations = scanned.Declarations with
        {
            Types = scanned.Declarations.Types.Select(t => t.Identity?.Id == "quiet" ? t with { Code = quietCode(t.Code) } : t).ToList(),
        };
        return ModelCardGenerator.Generate(
            new ScannedAssembly(declarations, scanned.Mvid, scanned.Sha256, scanned.InformationalVersion, scanned.MetadataOrder, scanned.ContainingTypes),
            new ModelCardOptions());
    }

    private async Task<IReadOnlyList<SchemaResult>> Validate(IReadOnlyDictionary<string, byte[]> cards, IEnumerable<string> names)
    {
        var directory = assemblies.NewDirectory("observed-json");
        var paths = new List<string>();
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllBytes(path, cards[name]);
            paths.Add(path);
        }

        return await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, paths);
    }

    /// <summary>The elements after the section's h2 up to the next h2 (Markdown has no sections; HTML wraps each in one).</summary>
    private static List<IElement> Section(IDocument document)
    {
        var heading = document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == English["Heading.ObservedInCode"] || h.ParentElement?.Id == "observed-in-code");
        var elements = new List<IElement>();
        for (var element = heading.NextElementSibling; element is not null && element.LocalName != "h2"; element = element.NextElementSibling)
        {
            elements.Add(element);
        }

        return elements;
    }

    private static IEnumerable<IElement> SectionParagraphs(IDocument document) => Section(document).Where(e => e.LocalName == "p");

    private static IEnumerable<IElement> SectionTables(IDocument document) => Section(document).Where(e => e.LocalName == "table");

    private static IElement Table(IDocument document, string heading)
    {
        var h3 = Section(document).Single(e => e.LocalName == "h3" && e.TextContent.Trim() == heading);
        var table = h3.NextElementSibling!;
        Assert.Equal("table", table.LocalName);
        return table;
    }

    private static string[][] Rows(IDocument document, string heading) =>
        Table(document, heading).QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToArray()).ToArray();
}
