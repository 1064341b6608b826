using System.IO;
using System.Linq;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.CodeEvidence;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The metadata reader's half of the code evidence: the attributes exactly as the generator writes them
/// (ObservedInCodeGeneratorTests pins that text) come back as each model's <see cref="ModelCodeEvidence"/>.
/// </summary>
public sealed class ObservedInCodeReadingTests
{
    private const string Source = """
        using AiCompliance;

        [assembly: global::AiCompliance.ObservedInCode("support-bot", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Bots/SupportBot.cs", Line = 8)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "deployment-name", Api = "AzureOpenAIClient.GetChatClient(deploymentName)", File = "Bots/SupportBot.cs", Line = 13)]
        [assembly: global::AiCompliance.ObservedInCode("SUPPORT-BOT", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "region", Regions = "US", File = "Bots/SupportBot.cs", Line = 9)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "endpoint", Api = "new OllamaApiClient(uriString)", Location = "not-constant", File = "Bots/SupportBot.cs", Line = 10)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "required", File = "Bots/SupportBot.cs", Line = 11)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "tool", Value = "Search", Api = "McpServerTool", Approval = "not-visible", File = "Tools.cs", Line = 4)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "tool", Value = "tools the MCP server lists", Api = "McpClient", Approval = "not-required", File = "Tools.cs", Line = 9)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "future-kind", Value = "x")]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "tool", Value = "odd", Api = "AIFunctionFactory", Approval = "sometimes")]

        [AiModel("support-bot")]
        public sealed class SupportBot { }

        [AiModel("quiet")]
        public sealed class Quiet { }
        """;

    [Fact]
    public void Each_model_gets_its_observations_with_their_positions_and_unknown_entries_are_skipped_and_counted()
    {
        using var directory = new TempDirectory("observed");
        var path = FixtureCompiler.Emit(FixtureCompiler.Compile("Observed", Source), Path.Combine(directory.Path, "Observed.dll"));

        var models = AssemblyDeclarationReader.ReadFile(path).Declarations.Types;

        var code = models.Single(m => m.Identity!.Id == "support-bot").Code!;
        Assert.Equal(
            [("gpt-4o-mini", ModelNameKind.Model, "new ChatClient(model)", "Bots/SupportBot.cs:8"), (null, ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)", "Bots/SupportBot.cs:13")],
            code.ModelNames.Select(n => (n.Value, n.Kind, n.Api, n.Origin!.ToString())).ToArray());
        Assert.Equal(
            [("https://api.openai.com/v1", "api.openai.com", EndpointLocation.Region, "US", "Bots/SupportBot.cs:9"), (null, null, EndpointLocation.NotConstant, "", "Bots/SupportBot.cs:10")],
            code.Endpoints.Select(e => (e.Value, e.Host, e.Location, string.Join(",", e.Regions), e.Origin!.ToString())).ToArray());
        Assert.Equal(
            [("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, "Bots/SupportBot.cs:11"), ("Search", ToolSource.McpServerTool, ToolApproval.NotVisible, "Tools.cs:4"), ("tools the MCP server lists", ToolSource.McpClient, ToolApproval.NotRequired, "Tools.cs:9")],
            code.Tools.Select(t => (t.Name, t.Source, t.Approval, t.Origin!.ToString())).ToArray());
        // "future-kind" and the tool approved "sometimes": skipped, never read as something else, and counted.
        Assert.Equal(2, code.UnreadEntries);
        Assert.False(code.IsFullyRead);
        Assert.Null(models.Single(m => m.Identity!.Id == "quiet").Code);
    }

    [Fact]
    public void A_read_entry_gives_a_model_whose_code_shows_nothing_empty_evidence_and_makes_the_assembly_record_evidence()
    {
        const string source = """
            using AiCompliance;

            [assembly: global::AiCompliance.ObservedInCode("quiet", "read")]

            [AiModel("quiet")]
            public sealed class Quiet { }

            [AiModel("unread")]
            public sealed class Unread { }
            """;
        using var directory = new TempDirectory("observed-read");
        var path = FixtureCompiler.Emit(FixtureCompiler.Compile("ObservedRead", source), Path.Combine(directory.Path, "ObservedRead.dll"));

        var declarations = AssemblyDeclarationReader.ReadFile(path).Declarations;

        var quiet = declarations.Types.Single(m => m.Identity!.Id == "quiet").Code;
        Assert.NotNull(quiet);
        Assert.Empty(quiet.ModelNames);
        Assert.Empty(quiet.Endpoints);
        Assert.Empty(quiet.Tools);
        Assert.True(quiet.IsFullyRead);
        Assert.Null(declarations.Types.Single(m => m.Identity!.Id == "unread").Code);
        Assert.True(declarations.RecordsCodeEvidence);
    }
}
