using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Code evidence in the CycloneDX BOM: one service per distinct endpoint a model's code sends data to, linked from the
/// model through <c>dependencies</c>, and the model names and tools as properties of the model.
/// </summary>
public sealed class CycloneDxServicesTests
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Note = "Observed in code, not declared: what the analyzers saw the model's code call at build time. It is neither verified at run time nor a statement of compliance.";

    private static readonly ModelCodeEvidence Evidence = new(
        new ObservedModelName[]
        {
            new("gpt-4o-mini", ModelNameKind.Model, "new ChatClient(model)", At("Bots/SupportBot.cs", 8)),
            new(null, ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)", At("Bots/SupportBot.cs", 13)),
            new("gpt-4o-mini", ModelNameKind.Model, "OpenAIClient.GetChatClient(model)", At("Bots/SupportBot.cs", 20)),
        },
        new ObservedTool[]
        {
            new("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, At("Bots/Tools.cs", 11)),
            new("Search", ToolSource.McpServerTool, ToolApproval.NotVisible, At("Tools.cs", 4)),
            new("refund", ToolSource.AIFunctionFactory, ToolApproval.NotRequired, At("Bots/Tools.cs", 30)),
        },
        new ObservedEndpoint[]
        {
            new("https://api.openai.com/v1", "api.openai.com", EndpointLocation.Region, new[] { "US" }, "new OpenAIClientOptions(Endpoint)", At("Bots/SupportBot.cs", 9)),
            new("http://localhost:11434", "localhost", EndpointLocation.OnPremises, Array.Empty<string>(), "new OllamaApiClient(uriString)", At("Bots/SupportBot.cs", 10)),
            new(null, null, EndpointLocation.NotConstant, Array.Empty<string>(), "new OllamaApiClient(uriString)", At("Bots/SupportBot.cs", 12)),
            new("https://api.openai.com/v1", "api.openai.com", EndpointLocation.Region, new[] { "US" }, "new OpenAIClientOptions(Endpoint)", At("Bots/SupportBot.cs", 21)),
            new("https://evil.example/q?a=\"<b>\n", "evil.example", EndpointLocation.Unknown, Array.Empty<string>(), "new Uri(uriString)", At("Bots/SupportBot.cs", 14)),
            new("not a uri", null, EndpointLocation.Unknown, Array.Empty<string>(), "new Uri(uriString)", null),
        });

    [Fact]
    public void Each_distinct_endpoint_is_a_service_that_the_model_depends_on()
    {
        using var bom = Bom(Model("support-bot") with { Code = Evidence });
        var services = bom.RootElement.GetProperty("services").EnumerateArray().Select(s => JsonSerializer.Serialize(s, Compact)).ToList();

        var expected = new[]
            {
                """{"bom-ref":"service:support-bot:1","name":"api.openai.com","description":"An endpoint the code of model support-bot sends requests to, as observed in code.","endpoints":["https://api.openai.com/v1"],"x-trust-boundary":true,"trustZone":"external","data":[{"flow":"bi-directional","classification":"unknown","name":"Model requests and responses","description":"What the code sends to the endpoint and receives from it; the code evidence does not classify it."}],"properties":["""
                + Notes() + """{"name":"aicompliance:endpoint:model","value":"support-bot"},{"name":"aicompliance:endpoint:constant","value":"true"},{"name":"aicompliance:endpoint:host","value":"api.openai.com"},{"name":"aicompliance:endpoint:location","value":"region"},{"name":"aicompliance:endpoint:region","value":"US"},{"name":"aicompliance:endpoint:api","value":"new OpenAIClientOptions(Endpoint)"},{"name":"aicompliance:endpoint:at","value":"Bots/SupportBot.cs:9"},{"name":"aicompliance:endpoint:at","value":"Bots/SupportBot.cs:21"}]}""",
                """{"bom-ref":"service:support-bot:2","name":"localhost","description":"An endpoint the code of model support-bot sends requests to, as observed in code.","endpoints":["http://localhost:11434"],"x-trust-boundary":false,"trustZone":"on-premises","data":[{"flow":"bi-directional","classification":"unknown","name":"Model requests and responses","description":"What the code sends to the endpoint and receives from it; the code evidence does not classify it."}],"properties":["""
                + Notes() + """{"name":"aicompliance:endpoint:model","value":"support-bot"},{"name":"aicompliance:endpoint:constant","value":"true"},{"name":"aicompliance:endpoint:host","value":"localhost"},{"name":"aicompliance:endpoint:location","value":"on-premises"},{"name":"aicompliance:endpoint:api","value":"new OllamaApiClient(uriString)"},{"name":"aicompliance:endpoint:at","value":"Bots/SupportBot.cs:10"}]}""",
                """{"bom-ref":"service:support-bot:3","name":"endpoint (not constant)","description":"An endpoint the code of model support-bot sends requests to, as observed in code.","data":[{"flow":"bi-directional","classification":"unknown","name":"Model requests and responses","description":"What the code sends to the endpoint and receives from it; the code evidence does not classify it."}],"properties":["""
                + Notes() + """{"name":"aicompliance:endpoint:model","value":"support-bot"},{"name":"aicompliance:endpoint:constant","value":"false"},{"name":"aicompliance:endpoint:constantNote","value":"The endpoint URI is not a compile-time constant: the code does not tell where it sends data."},{"name":"aicompliance:endpoint:location","value":"not-constant"},{"name":"aicompliance:endpoint:api","value":"new OllamaApiClient(uriString)"},{"name":"aicompliance:endpoint:at","value":"Bots/SupportBot.cs:12"}]}""",
                """{"bom-ref":"service:support-bot:4","name":"evil.example","description":"An endpoint the code of model support-bot sends requests to, as observed in code.","endpoints":["https://evil.example/q?a=%22%3Cb%3E"],"data":[{"flow":"bi-directional","classification":"unknown","name":"Model requests and responses","description":"What the code sends to the endpoint and receives from it; the code evidence does not classify it."}],"properties":["""
                + Notes() + """{"name":"aicompliance:endpoint:model","value":"support-bot"},{"name":"aicompliance:endpoint:uri","value":"https://evil.example/q?a=\"<b>\n"},{"name":"aicompliance:endpoint:constant","value":"true"},{"name":"aicompliance:endpoint:host","value":"evil.example"},{"name":"aicompliance:endpoint:location","value":"unknown"},{"name":"aicompliance:endpoint:api","value":"new Uri(uriString)"},{"name":"aicompliance:endpoint:at","value":"Bots/SupportBot.cs:14"}]}""",
                """{"bom-ref":"service:support-bot:5","name":"endpoint (no host)","description":"An endpoint the code of model support-bot sends requests to, as observed in code.","data":[{"flow":"bi-directional","classification":"unknown","name":"Model requests and responses","description":"What the code sends to the endpoint and receives from it; the code evidence does not classify it."}],"properties":["""
                + Notes() + """{"name":"aicompliance:endpoint:model","value":"support-bot"},{"name":"aicompliance:endpoint:uri","value":"not a uri"},{"name":"aicompliance:endpoint:constant","value":"true"},{"name":"aicompliance:endpoint:location","value":"unknown"},{"name":"aicompliance:endpoint:api","value":"new Uri(uriString)"}]}""",
            };
        Assert.Equal(expected.Length, services.Count);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Equal(expected[i], services[i]));
        Assert.All(bom.RootElement.GetProperty("services").EnumerateArray(), s => Assert.False(s.TryGetProperty("authenticated", out _)));

        var dependencies = bom.RootElement.GetProperty("dependencies").EnumerateArray()
            .ToDictionary(d => d.GetProperty("ref").GetString()!, d => d.GetProperty("dependsOn").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(new[] { "service:support-bot:1", "service:support-bot:2", "service:support-bot:3", "service:support-bot:4", "service:support-bot:5" }, dependencies["model:support-bot"]);
        Assert.All(Enumerable.Range(1, 5), n => Assert.Empty(dependencies["service:support-bot:" + n]));
    }

    [Fact]
    public void Model_names_and_tools_are_properties_of_the_model_once_each_with_every_place()
    {
        using var bom = Bom(Model("support-bot") with { Code = Evidence });
        var model = bom.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "machine-learning-model");

        var observed = model.GetProperty("properties").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))
            .Where(p => p.Item1.StartsWith("aicompliance:observedInCode:", StringComparison.Ordinal))
            .ToArray();

        Assert.Equal(
            new[]
            {
                ("aicompliance:observedInCode:note", Note),
                ("aicompliance:observedInCode:modelName:0:value", "gpt-4o-mini"),
                ("aicompliance:observedInCode:modelName:0:constant", "true"),
                ("aicompliance:observedInCode:modelName:0:kind", "model"),
                ("aicompliance:observedInCode:modelName:0:api", "new ChatClient(model)"),
                ("aicompliance:observedInCode:modelName:0:api", "OpenAIClient.GetChatClient(model)"),
                ("aicompliance:observedInCode:modelName:0:at", "Bots/SupportBot.cs:8"),
                ("aicompliance:observedInCode:modelName:0:at", "Bots/SupportBot.cs:20"),
                ("aicompliance:observedInCode:modelName:1:constant", "false"),
                ("aicompliance:observedInCode:modelName:1:kind", "deployment"),
                ("aicompliance:observedInCode:modelName:1:api", "AzureOpenAIClient.GetChatClient(deploymentName)"),
                ("aicompliance:observedInCode:modelName:1:at", "Bots/SupportBot.cs:13"),

                // Exposed once with approval and once without, the tool can run without: the weaker place speaks for it.
                ("aicompliance:observedInCode:tool:0:name", "refund"),
                ("aicompliance:observedInCode:tool:0:exposedBy", "AIFunctionFactory"),
                ("aicompliance:observedInCode:tool:0:approval", "not-required"),
                ("aicompliance:observedInCode:tool:0:at", "Bots/Tools.cs:11"),
                ("aicompliance:observedInCode:tool:0:at", "Bots/Tools.cs:30"),
                ("aicompliance:observedInCode:tool:1:name", "Search"),
                ("aicompliance:observedInCode:tool:1:exposedBy", "McpServerTool"),
                ("aicompliance:observedInCode:tool:1:approval", "not-visible"),
                ("aicompliance:observedInCode:tool:1:at", "Tools.cs:4"),
            },
            observed);
    }

    [Fact]
    public void A_model_without_evidence_adds_no_service_and_no_property()
    {
        using var bom = Bom(Model("quiet"));

        Assert.False(bom.RootElement.TryGetProperty("services", out _));
        Assert.DoesNotContain("observedInCode", bom.RootElement.GetRawText(), StringComparison.Ordinal);
        var dependencies = bom.RootElement.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("ref").GetString()).ToArray();
        Assert.Equal(new[] { "assembly:Bank.Models", "model:quiet" }, dependencies);
    }

    [Fact]
    public async Task A_bom_with_services_validates_against_the_official_schema()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aicompliance-services-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "Bank.Models.cdx.json");
            var scanned = Scanned(Model("support-bot") with { Code = Evidence }, Model("quiet"), Model("other") with { Code = Evidence });
            File.WriteAllBytes(path, CardFiles.OnlyOf(ModelCardGenerator.Generate(scanned, new ModelCardOptions()), CardFormats.CycloneDx));

            var result = Assert.Single(await SchemaValidator.ValidateCycloneDxAsync([path]));

            Assert.True(result.Valid, result.Errors);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Notes() => """{"name":"aicompliance:observedInCode:note","value":"Observed in code, not declared: what the analyzers saw the model's code call at build time. It is neither verified at run time nor a statement of compliance."},""";

    private static SourcePosition At(string file, int line) => new(file, line);

    private static ModelDeclarations Model(string id) => new() { TypeName = "Bank." + id.Replace("-", "", StringComparison.Ordinal), Identity = new ModelIdentity { Id = id } };

    private static ScannedAssembly Scanned(params ModelDeclarations[] models) =>
        new(new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = models }, Guid.Empty, new string('0', 64), null);

    private static JsonDocument Bom(params ModelDeclarations[] models) =>
        JsonDocument.Parse(CardFiles.OnlyOf(ModelCardGenerator.Generate(Scanned(models), new ModelCardOptions()), CardFormats.CycloneDx));
}
