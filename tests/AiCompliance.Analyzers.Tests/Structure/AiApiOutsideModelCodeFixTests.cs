using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Structure;
using AiCompliance.CodeFixes.Structure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using static AiCompliance.Analyzers.Tests.Structure.AiLibraries;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class AiApiOutsideModelCodeFixTests
{
    [Theory]
    [InlineData("SupportBot", "support-bot")]
    [InlineData("HTTPRouterAI", "http-router-ai")]
    [InlineData("OpenAIClient", "open-ai-client")]
    [InlineData("Gpt4Client", "gpt4-client")]
    [InlineData("V2Model", "v2-model")]
    [InlineData("IChatAssistant", "i-chat-assistant")]
    [InlineData("Ranker`1", "ranker")]
    [InlineData("Ranker<TItem>", "ranker")]
    [InlineData("Contoso.Support_Bot", "contoso-support-bot")]
    [InlineData("my-bot", "my-bot")]
    [InlineData("TestProject", "test-project")]
    [InlineData("X", "x")]
    [InlineData("__", "model")]
    [InlineData("", "model")]
    public void Names_become_kebab_case_model_ids(string name, string expected) =>
        Assert.Equal(expected, AiApiOutsideModelCodeFixProvider.ToKebabCase(name));

    [Fact]
    public Task The_fix_declares_a_class_and_imports_the_namespace() => Fix("""
        using Microsoft.Extensions.AI;

        namespace Support;

        /// <summary>Answers tickets.</summary>
        public sealed class [|SupportBot|](IChatClient chat)
        {
            public object Chat => chat;
        }
        """, """
        using AiCompliance;
        using Microsoft.Extensions.AI;

        namespace Support;

        /// <summary>Answers tickets.</summary>
        [AiModel("support-bot", Kind = ModelKind.Generative)]
        public sealed class SupportBot(IChatClient chat)
        {
            public object Chat => chat;
        }
        """).RunAsync();

    [Fact]
    public Task The_fix_keeps_existing_attributes_and_usings() => Fix("""
        using System;
        using AiCompliance;
        using Microsoft.Extensions.AI;

        [Serializable]
        [Obsolete("use v2")]
        internal sealed record [|Reply|](IChatClient Chat);
        """, """
        using System;
        using AiCompliance;
        using Microsoft.Extensions.AI;

        [Serializable]
        [Obsolete("use v2")]
        [AiModel("reply", Kind = ModelKind.Generative)]
        internal sealed record Reply(IChatClient Chat);
        """).RunAsync();

    [Fact]
    public Task The_fix_declares_the_part_of_a_partial_class_the_diagnostic_is_on() => Fix("""
        namespace Clinic
        {
            public partial class Triage
            {
                public string Name => "triage";
            }

            public partial class [|Triage|]
            {
                private Microsoft.Extensions.AI.IChatClient? _chat;
            }
        }
        """, """
        using AiCompliance;

        namespace Clinic
        {
            public partial class Triage
            {
                public string Name => "triage";
            }

            [AiModel("triage", Kind = ModelKind.Generative)]
            public partial class Triage
            {
                private Microsoft.Extensions.AI.IChatClient? _chat;
            }
        }
        """).RunAsync();

    [Fact]
    public Task The_fix_declares_a_nested_class_with_its_own_indentation_and_an_interface_without_its_I() => Fix("""
        using AiCompliance;
        using Microsoft.Extensions.AI;

        public static class Routing
        {
            internal sealed class [|HTTPRouterAI|]
            {
                public IChatClient? Chat { get; init; }
            }

            public interface [|IAssistantClient|] : IChatClient
            {
            }
        }
        """, """
        using AiCompliance;
        using Microsoft.Extensions.AI;

        public static class Routing
        {
            [AiModel("http-router-ai", Kind = ModelKind.Generative)]
            internal sealed class HTTPRouterAI
            {
                public IChatClient? Chat { get; init; }
            }

            [AiModel("assistant-client", Kind = ModelKind.Generative)]
            public interface IAssistantClient : IChatClient
            {
            }
        }
        """).RunAsync();

    [Fact]
    public Task The_fix_declares_a_top_level_program_with_a_partial_Program_at_the_end_named_after_the_assembly() => Fix("""
        var client = [|new OpenAI.Chat.ChatClient("gpt-4o", "key")|];
        System.Console.WriteLine(client.CompleteChat("hi").Value.Content[0].Text);
        """, """
        using AiCompliance;

        var client = new OpenAI.Chat.ChatClient("gpt-4o", "key");
        System.Console.WriteLine(client.CompleteChat("hi").Value.Content[0].Text);

        [AiModel("test-project", Kind = ModelKind.Generative)]
        partial class Program { }

        """).RunAsync();

    [Fact]
    public Task The_fix_puts_the_attribute_on_a_partial_Program_the_file_already_has() => Fix("""
        using AiCompliance;
        using OpenAI.Chat;

        var client = [|new ChatClient("gpt-4o", "key")|];
        Program.Print(client.CompleteChat("hi").Value.Content[0].Text);

        /// <summary>Helpers.</summary>
        partial class Program
        {
            static void Print(string text) => System.Console.WriteLine(text);
        }
        """, """
        using AiCompliance;
        using OpenAI.Chat;

        var client = new ChatClient("gpt-4o", "key");
        Program.Print(client.CompleteChat("hi").Value.Content[0].Text);

        /// <summary>Helpers.</summary>
        [AiModel("test-project", Kind = ModelKind.Generative)]
        partial class Program
        {
            static void Print(string text) => System.Console.WriteLine(text);
        }
        """).RunAsync();

    [FileBasedProgramFact]
    public Task The_fix_keeps_the_directives_of_a_file_based_program_on_top()
    {
        var test = Fix("""
            #!/usr/bin/env dotnet
            #:package OpenAI@2.15.0
            #:package AiCompliance@0.1.0

            using OpenAI.Chat;

            var client = [|new ChatClient("gpt-4o-mini", "key")|];
            System.Console.WriteLine(client.CompleteChat("Hello").Value.Content[0].Text);
            """, """
            #!/usr/bin/env dotnet
            #:package OpenAI@2.15.0
            #:package AiCompliance@0.1.0

            using AiCompliance;
            using OpenAI.Chat;

            var client = new ChatClient("gpt-4o-mini", "key");
            System.Console.WriteLine(client.CompleteChat("Hello").Value.Content[0].Text);

            [AiModel("test-project", Kind = ModelKind.Generative)]
            partial class Program { }

            """);
        test.Features["FileBasedProgram"] = "true";
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_adds_a_line_break_when_the_file_does_not_end_with_one() => Fix(
        "var client = [|new OpenAI.Chat.ChatClient(\"gpt-4o\", \"key\")|];",
        "using AiCompliance;\n\nvar client = new OpenAI.Chat.ChatClient(\"gpt-4o\", \"key\");\n\n[AiModel(\"test-project\", Kind = ModelKind.Generative)]\npartial class Program { }\n").RunAsync();

    [Fact]
    public Task Fix_all_declares_every_type_and_the_program_in_every_document_with_one_using_per_file()
    {
        var test = Fix("""
            using Microsoft.Extensions.AI;

            [|IChatClient|] chat = null!;
            System.Console.WriteLine(chat);

            sealed class [|FakeClient|] : IChatClientHolder
            {
                public IChatClient? Inner { get; set; }
            }

            interface IChatClientHolder { }
            """, """
            using AiCompliance;
            using Microsoft.Extensions.AI;

            IChatClient chat = null!;
            System.Console.WriteLine(chat);

            [AiModel("fake-client", Kind = ModelKind.Generative)]
            sealed class FakeClient : IChatClientHolder
            {
                public IChatClient? Inner { get; set; }
            }

            interface IChatClientHolder { }

            [AiModel("test-project", Kind = ModelKind.Generative)]
            partial class Program { }

            """);
        test.TestState.Sources.Add("""
            namespace Bots;

            public sealed class [|Summariser|](Microsoft.Extensions.AI.IChatClient chat) { public object Chat => chat; }

            public sealed class [|Translator|](Microsoft.Extensions.AI.IChatClient chat) { public object Chat => chat; }
            """);
        test.FixedState.Sources.Add("""
            using AiCompliance;

            namespace Bots;

            [AiModel("summariser", Kind = ModelKind.Generative)]
            public sealed class Summariser(Microsoft.Extensions.AI.IChatClient chat) { public object Chat => chat; }

            [AiModel("translator", Kind = ModelKind.Generative)]
            public sealed class Translator(Microsoft.Extensions.AI.IChatClient chat) { public object Chat => chat; }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_declares_an_embedding_generator_as_an_embedding_model() => Fix("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        namespace Search;

        public sealed class [|Indexer|](IEmbeddingGenerator<string, Embedding<float>> embeddings)
        {
            public Task<GeneratedEmbeddings<Embedding<float>>> EmbedAsync(string text) => embeddings.GenerateAsync([text]);
        }
        """, """
        using System.Threading.Tasks;
        using AiCompliance;
        using Microsoft.Extensions.AI;

        namespace Search;

        [AiModel("indexer", Kind = ModelKind.Embedding)]
        public sealed class Indexer(IEmbeddingGenerator<string, Embedding<float>> embeddings)
        {
            public Task<GeneratedEmbeddings<Embedding<float>>> EmbedAsync(string text) => embeddings.GenerateAsync([text]);
        }
        """).RunAsync();

    [Fact]
    public Task A_type_that_embeds_and_chats_is_generative_and_an_OpenAI_embedding_client_is_an_embedding_model() => Fix("""
        using Microsoft.Extensions.AI;

        public sealed class [|Answerer|](IEmbeddingGenerator<string, Embedding<float>> embeddings, IChatClient chat)
        {
            public object Parts => (embeddings, chat);
        }

        public sealed class [|Vectoriser|]
        {
            private readonly OpenAI.Embeddings.EmbeddingClient _client = new("text-embedding-3-small", "key");

            public object Client => _client;
        }
        """, """
        using AiCompliance;
        using Microsoft.Extensions.AI;

        [AiModel("answerer", Kind = ModelKind.Generative)]
        public sealed class Answerer(IEmbeddingGenerator<string, Embedding<float>> embeddings, IChatClient chat)
        {
            public object Parts => (embeddings, chat);
        }

        [AiModel("vectoriser", Kind = ModelKind.Embedding)]
        public sealed class Vectoriser
        {
            private readonly OpenAI.Embeddings.EmbeddingClient _client = new("text-embedding-3-small", "key");

            public object Client => _client;
        }
        """).RunAsync();

    [Fact]
    public Task The_fix_declares_a_Semantic_Kernel_chat_completion_service_as_generative()
    {
        var test = Fix("""
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class [|Concierge|](IChatCompletionService chat)
            {
                public string Ask(string question) => chat.Complete(question);
            }
            """, """
            using AiCompliance;
            using Microsoft.SemanticKernel.ChatCompletion;

            [AiModel("concierge", Kind = ModelKind.Generative)]
            public sealed class Concierge(IChatCompletionService chat)
            {
                public string Ask(string question) => chat.Complete(question);
            }
            """);
        test.TestState.AdditionalReferences.Add(StubAssembly.Compile(
            "Microsoft.SemanticKernel.Abstractions",
            "namespace Microsoft.SemanticKernel.ChatCompletion { public interface IChatCompletionService { string Complete(string prompt); } }"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_takes_the_kind_from_an_ML_NET_trainer_and_leaves_it_out_for_a_prediction_engine_alone()
    {
        var test = Fix("""
            using Microsoft.ML;

            public sealed class [|LoanApproval|]
            {
                private readonly MLContext _ml = new(seed: 1);

                public object Train() => _ml.BinaryClassification.Trainers.SdcaLogisticRegression();
            }

            public sealed class [|PricePredictor|](PredictionEngine<float[], float[]> engine)
            {
                public float[] Predict(float[] features) => engine.Predict(features);
            }
            """, """
            using AiCompliance;
            using Microsoft.ML;

            [AiModel("loan-approval", Kind = ModelKind.Classifier)]
            public sealed class LoanApproval
            {
                private readonly MLContext _ml = new(seed: 1);

                public object Train() => _ml.BinaryClassification.Trainers.SdcaLogisticRegression();
            }

            [AiModel("price-predictor")]
            public sealed class PricePredictor(PredictionEngine<float[], float[]> engine)
            {
                public float[] Predict(float[] features) => engine.Predict(features);
            }
            """);
        test.TestState.AdditionalReferences.Add(StubAssembly.Compile("Microsoft.ML", """
            namespace Microsoft.ML
            {
                public sealed class MLContext
                {
                    public MLContext(int? seed = null) { }
                    public BinaryClassificationCatalog BinaryClassification => new();
                }

                public sealed class BinaryClassificationCatalog
                {
                    public BinaryClassificationTrainers Trainers => new();

                    public sealed class BinaryClassificationTrainers
                    {
                    }
                }

                public static class StandardTrainersCatalog
                {
                    public static object SdcaLogisticRegression(this BinaryClassificationCatalog.BinaryClassificationTrainers catalog) => catalog;
                }

                public sealed class PredictionEngine<TSrc, TDst>
                {
                    public TDst Predict(TSrc example) => default!;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_that_serves_every_kind_leaves_Kind_out() => Fix("""
        public sealed class [|Gateway|]
        {
            private readonly OpenAI.OpenAIClient _client = new("key");

            public object Client => _client;
        }
        """, """
        using AiCompliance;

        [AiModel("gateway")]
        public sealed class Gateway
        {
            private readonly OpenAI.OpenAIClient _client = new("key");

            public object Client => _client;
        }
        """).RunAsync();

    [Fact]
    public Task No_fix_is_offered_for_a_use_mapped_into_a_Razor_file()
    {
        const string Generated = """
            // <auto-generated/>
            namespace Clinic.Pages
            {
                #line hidden
                public partial class Chat
                {
            #nullable restore
            #line (2,9)-(2,20) "/0/Pages/Chat.razor"
            [global::Microsoft.AspNetCore.Components.InjectAttribute] private {|#0:Microsoft.Extensions.AI.IChatClient|} Client { get; set; } = default!;

            #line default
            #line hidden
            #nullable disable
                }
            }
            """;
        var test = Fix(Generated, Generated);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC001").WithLocation(0));
        test.FixedState.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC001").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public void The_fix_is_exported_with_the_rule_id_as_equivalence_key_and_fix_all()
    {
        var provider = new AiApiOutsideModelCodeFixProvider();
        Assert.Equal(["AIC001"], provider.FixableDiagnosticIds.ToArray());
        Assert.Equal("AIC001", AiApiOutsideModelCodeFixProvider.EquivalenceKey);
        Assert.NotNull(provider.GetFixAllProvider());
        Assert.Contains(AnalyzerAssemblies.CodeFixes(typeof(AiApiOutsideModelCodeFixProvider).Assembly), f => f is AiApiOutsideModelCodeFixProvider);
    }

    [Fact]
    public Task No_fix_is_offered_on_a_type_that_holds_only_data_types() => Fix("""
        using System.Collections.Generic;
        using Microsoft.Extensions.AI;

        public sealed class Conversation
        {
            public List<ChatMessage> Messages { get; } = [new(ChatRole.System, "Be brief.")];
            public ChatOptions Options { get; } = new() { Temperature = 0.2f };
            public OpenAI.Chat.ChatCompletionOptions Completion { get; } = new();
            public AIFunction Lookup { get; } = AIFunctionFactory.Create((string city) => city.Length, "lookup");
        }
        """, """
        using System.Collections.Generic;
        using Microsoft.Extensions.AI;

        public sealed class Conversation
        {
            public List<ChatMessage> Messages { get; } = [new(ChatRole.System, "Be brief.")];
            public ChatOptions Options { get; } = new() { Temperature = 0.2f };
            public OpenAI.Chat.ChatCompletionOptions Completion { get; } = new();
            public AIFunction Lookup { get; } = AIFunctionFactory.Create((string city) => city.Length, "lookup");
        }
        """).RunAsync();

    private static CodeFixTest Fix(string source, string fixedSource)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource, CodeFix = new AiApiOutsideModelCodeFixProvider(), CodeActionEquivalenceKey = "AIC001" };
        test.Analyzers.Add(new AiApiOutsideModelAnalyzer());
        test.TestState.AdditionalReferences.AddRange([.. OpenAi, .. ExtensionsAi]);
        return test;
    }
}
