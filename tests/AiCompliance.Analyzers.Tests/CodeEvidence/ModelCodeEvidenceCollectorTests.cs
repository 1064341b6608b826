using System.Linq;
using System.Threading;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// The evidence itself, which the AIC4xx rules read only in part: every model name with its kind and whether it is a
/// constant, and every tool with its source and approval, from code compiled against the real packages.
/// </summary>
public sealed class ModelCodeEvidenceCollectorTests
{
    private const string Source = """
        using System;
        using AiCompliance;
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using ModelContextProtocol.Server;
        using OpenAI.Chat;

        [AiModel("support-bot")]
        public sealed class SupportBot
        {
            private static readonly string Configured = Environment.GetEnvironmentVariable("MODEL") ?? "";
            private readonly ChatClient _chat;

            public SupportBot(AzureOpenAIClient azure)
            {
                _chat = new("gpt-4o", "key");
                _ = azure.GetChatClient("prod-deployment");
                _ = new ChatOptions { ModelId = Configured };
            }

            public AITool[] Tools()
            {
                var approved = AIFunctionFactory.Create(Lookup);
                return [new ApprovalRequiredAIFunction(approved), AIFunctionFactory.Create((int id) => id, name: "refund")];
            }

            [KernelFunction]
            public string Lookup(string query) => query;

            [McpServerTool]
            public string Search(string query) => query;
        }
        """;

    [Fact]
    public void Model_names_record_their_kind_and_non_constant_values_are_kept_without_a_value()
    {
        var evidence = Collect();

        Assert.Equal(
            new[]
            {
                ("gpt-4o", ModelNameKind.Model, "new ChatClient(model)"),
                ("prod-deployment", ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)"),
                ((string?)null, ModelNameKind.Model, "ChatOptions.ModelId"),
            },
            evidence.ModelNames.Select(n => (n.Value, n.Kind, n.Api)).ToArray());
        Assert.Equal("Configured", ((Location)evidence.ModelNames[2].Origin!).SourceTree!.ToString().Substring(((Location)evidence.ModelNames[2].Origin!).SourceSpan.Start, "Configured".Length));
    }

    [Fact]
    public void Tools_record_their_source_and_approval()
    {
        var evidence = Collect();

        Assert.Equal(
            new[]
            {
                ("Lookup", ToolSource.AIFunctionFactory, ToolApproval.Required),
                ("refund", ToolSource.AIFunctionFactory, ToolApproval.NotRequired),
                ("Lookup", ToolSource.KernelFunction, ToolApproval.NotVisible),
                ("Search", ToolSource.McpServerTool, ToolApproval.NotVisible),
            },
            evidence.Tools.Select(t => (t.Name, t.Source, t.Approval)).ToArray());
    }

    private static ModelCodeEvidence Collect()
    {
        var compilation = CSharpCompilation.Create(
            "Evidence",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. TestReferences.Net, TestReferences.Sdk, .. CodeEvidenceLibraries.All],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var type = compilation.GetTypeByMetadataName("SupportBot")!;
        return ModelCodeEvidenceCollector.Collect(type, compilation, CodeEvidenceApis.Resolve(compilation)!, CancellationToken.None);
    }
}
