using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.Cli.Tests;

/// <summary>aicompliance card on a compiled assembly whose code evidence is in its metadata: the BOM's services.</summary>
public sealed class CycloneDxEvidenceCardTests
{
    private const string Source = """
        using AiCompliance;

        [assembly: global::AiCompliance.ObservedInCode("support-bot", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Bots/SupportBot.cs", Line = 8)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "endpoint", Value = "https://japaneast.api.cognitive.microsoft.com/", Api = "new ChatCompletionsClient(endpoint)", Host = "japaneast.api.cognitive.microsoft.com", Location = "region", Regions = "JP", File = "Bots/SupportBot.cs", Line = 9)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "endpoint", Api = "new OllamaApiClient(uriString)", Location = "not-constant", File = "Bots/SupportBot.cs", Line = 10)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "endpoint", Value = "http://127.0.0.1:8080/\"><script>\r\n", Api = "new Uri(uriString)", Host = "127.0.0.1", Location = "on-premises", File = "Bots/Support\"Bot.cs", Line = 11)]
        [assembly: global::AiCompliance.ObservedInCode("support-bot", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "required", File = "Bots/SupportBot.cs", Line = 12)]

        [AiModel("support-bot")]
        public sealed class SupportBot { }

        [AiModel("quiet")]
        public sealed class Quiet { }
        """;

    [Fact]
    public async Task The_bom_of_a_compiled_assembly_lists_its_endpoints_as_services_and_validates()
    {
        using var directory = new TempDirectory("evidence-bom");
        var path = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Support", Source), Path.Combine(directory.Path, "Contoso.Support.dll"));
        var output = Path.Combine(directory.Path, "cards");

        var result = CliRunner.Run("card", path, "--format", "cdx", "--out", output);

        Assert.Equal(0, result.Exit);
        var bom = Path.Combine(output, "Contoso.Support.cdx.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(bom));
        var services = document.RootElement.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("service:support-bot:1", "japaneast.api.cognitive.microsoft.com", "https://japaneast.api.cognitive.microsoft.com/", "true", "external"),
                ("service:support-bot:2", "endpoint (not constant)", "", "", ""),
                ("service:support-bot:3", "127.0.0.1", "http://127.0.0.1:8080/%22%3E%3Cscript%3E", "false", "on-premises"),
            ],
            services.Select(s => (
                s.GetProperty("bom-ref").GetString(),
                s.GetProperty("name").GetString(),
                s.TryGetProperty("endpoints", out var e) ? e.EnumerateArray().Single().GetString() : "",
                s.TryGetProperty("x-trust-boundary", out var b) ? (b.GetBoolean() ? "true" : "false") : "",
                s.TryGetProperty("trustZone", out var z) ? z.GetString() : "")).ToArray());
        Assert.Equal(
            ["aicompliance:endpoint:uri=http://127.0.0.1:8080/\"><script>\r\n", "aicompliance:endpoint:at=Bots/Support\"Bot.cs:11"],
            services[2].GetProperty("properties").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString() + "=" + p.GetProperty("value").GetString())
                .Where(p => p.StartsWith("aicompliance:endpoint:uri=", System.StringComparison.Ordinal) || p.StartsWith("aicompliance:endpoint:at=", System.StringComparison.Ordinal))
                .ToArray());

        var dependsOn = document.RootElement.GetProperty("dependencies").EnumerateArray()
            .Single(d => d.GetProperty("ref").GetString() == "model:support-bot").GetProperty("dependsOn").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal(["service:support-bot:1", "service:support-bot:2", "service:support-bot:3"], dependsOn);

        var validation = Assert.Single(await SchemaValidator.ValidateCycloneDxAsync([bom]));
        Assert.True(validation.Valid, validation.Errors);
    }
}
