using System.Threading.Tasks;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis.Testing;
using static AiCompliance.Analyzers.Tests.Structure.AiLibraries;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>AIC001 over the real OpenAI and Microsoft.Extensions.AI packages: each way code holds or calls an AI API.</summary>
public sealed class AiApiOutsideModelTests
{
    private const string ChatClient = "OpenAI.Chat.ChatClient";
    private const string IChatClient = "Microsoft.Extensions.AI.IChatClient";

    /// <summary>TorchSharp's <c>torch.nn</c>, reduced to one layer factory, in an assembly named like TorchSharp's.</summary>
    private static readonly Microsoft.CodeAnalysis.MetadataReference TorchStub = StubAssembly.Compile("TorchSharp", """
        namespace TorchSharp
        {
            public static class torch
            {
                public static class nn
                {
                    public class Module { }

                    public static Module Linear(long inputs, long outputs) => new();
                }
            }
        }
        """);

    [Fact]
    public Task Creating_an_OpenAI_client_in_a_method_is_reported_on_the_type_identifier_with_the_message()
    {
        var test = Test("""
            using OpenAI.Chat;

            namespace Support;

            public sealed class {|#0:SupportBot|}
            {
                public string Answer(string question)
                {
                    var client = {|#1:new ChatClient("gpt-4o-mini", "key")|};
                    return client.CompleteChat(question).Value.Content[0].Text;
                }
            }
            """, OpenAi);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC001").WithLocation(0).WithLocation(1).WithMessage(
            "Type 'Support.SupportBot' uses the AI API 'OpenAI.Chat.ChatClient' but is not declared with [AiModel]; declare the model it wraps"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_that_uses_two_families_says_so_and_points_at_the_member_of_the_first() => Test("""
        using Microsoft.Extensions.AI;

        public sealed class {|#0:Router|}
        {
            private readonly {|#1:OpenAI.Chat.ChatClient|} _cloud = new("gpt-4o", "key");
            private readonly OpenAI.OpenAIClient _factory = new("key");

            public object Pick(IChatClient local, bool offline) => offline ? local : _cloud;
        }

        public sealed class {|#2:Summarizer|}
        {
            public object Create() => {|#3:new OpenAI.OpenAIClient("key")|}.GetChatClient("gpt-4o");
        }
        """, [.. OpenAi, .. ExtensionsAi])
        .Expect(
            WithMember(0, 1, "Type 'Router'", "OpenAI.Chat.ChatClient", others: 1),
            WithMember(2, 3, "Type 'Summarizer'", "OpenAI.OpenAIClient"))
        .RunAsync();

    [Fact]
    public Task Constructor_and_primary_constructor_injection_are_uses() => Test("""
        using Microsoft.Extensions.AI;

        public sealed class {|#0:Triage|}
        {
            private readonly IChatClient _chat;

            public Triage(IChatClient chat) => _chat = chat;
        }

        public sealed class {|#1:Summariser|}(IChatClient chat)
        {
            public object Client => chat;
        }

        // A record of data types only is not a use of a model.
        public sealed record Reply(ChatResponse Response);
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "Type 'Triage'", IChatClient), Diagnostic(1, "Type 'Summariser'", IChatClient))
        .RunAsync();

    [Fact]
    public Task Fields_properties_events_parameters_and_return_types_are_uses_even_without_a_call() => Test("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;

        public class {|#0:WithField|} { private IChatClient? _chat; }
        public class {|#1:WithProperty|} { public ChatClient? Client { get; set; } }
        public class {|#2:WithParameter|} { public void Use(IChatClient chat) { } }
        public class {|#3:WithReturnType|} { public Task<ChatClient>? Last() => null; }
        public class {|#4:WithGenericArgument|} { public List<IChatClient> Clients { get; } = new(); }
        public class {|#5:WithEvent|} { public event Func<IChatClient, Task>? Connected; }
        public class DataEventOnly { public event EventHandler<ChatResponse>? Answered; }
        public class {|#6:WithConstraint|} { public void Use<T>(T chat) where T : IChatClient { } }
        public class {|#7:WithArray|} { public IChatClient[] Clients = Array.Empty<IChatClient>(); }
        public class NoAi { public string Name { get; set; } = ""; public List<string> Items { get; } = new(); }
        """, [.. ExtensionsAi, .. OpenAi])
        .Expect(
            Diagnostic(0, "Type 'WithField'", IChatClient),
            Diagnostic(1, "Type 'WithProperty'", ChatClient),
            Diagnostic(2, "Type 'WithParameter'", IChatClient),
            Diagnostic(3, "Type 'WithReturnType'", ChatClient),
            Diagnostic(4, "Type 'WithGenericArgument'", IChatClient),
            Diagnostic(5, "Type 'WithEvent'", IChatClient),
            Diagnostic(6, "Type 'WithConstraint'", IChatClient),
            Diagnostic(7, "Type 'WithArray'", IChatClient))
        .RunAsync();

    [Fact]
    public Task Calls_member_references_and_locals_in_bodies_are_uses() => Test("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        public static class Registry { public static object? Client; }

        public class {|#0:ViaLocal|}
        {
            public void Run() { var chat = (IChatClient)Registry.Client!; }
        }

        public class {|#1:ViaCall|}
        {
            public Task<ChatResponse> Run() => ((IChatClient)Registry.Client!).GetResponseAsync("hi");
        }

        // A member of a data type (the role of a message) is not a use of a model.
        public class ViaDataMember
        {
            public object Role() => ChatRole.User;
        }

        public class {|#3:ViaLambda|}
        {
            public System.Func<IChatClient, string> Describe = static chat => chat.ToString()!;
        }

        public class {|#4:ViaLocalFunction|}
        {
            public void Run()
            {
                static string Describe(IChatClient chat) => chat.ToString()!;
            }
        }
        """, ExtensionsAi)
        .Expect(
            Diagnostic(0, "Type 'ViaLocal'", IChatClient),
            Diagnostic(1, "Type 'ViaCall'", IChatClient),
            Diagnostic(3, "Type 'ViaLambda'", IChatClient),
            Diagnostic(4, "Type 'ViaLocalFunction'", IChatClient))
        .RunAsync();

    [Fact]
    public Task Static_helpers_and_extension_classes_are_reported() => Test("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        public static class {|#0:ChatExtensions|}
        {
            public static Task<ChatResponse> AskAsync(this IChatClient chat, string question) => chat.GetResponseAsync(question);
        }

        internal static class {|#1:Prompts|}
        {
            public static object System(IChatClient chat, string text) => chat.GetResponseAsync(text);
        }
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "Type 'ChatExtensions'", IChatClient), Diagnostic(1, "Type 'Prompts'", IChatClient))
        .RunAsync();

    [Fact]
    public Task Subclasses_and_implementations_of_AI_types_are_reported_on_their_identifier() => Test("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        // Middleware: it passes calls on to the model a pipeline composes, and is not a model of its own.
        public sealed class RedactingChatClient : DelegatingChatClient
        {
            public RedactingChatClient() : base(null!) { }
        }

        public sealed class {|#1:FakeChatClient|} : IDisposable, IChatClient
        {
            public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            public object? GetService(Type serviceType, object? serviceKey = null) => null;
            public void Dispose() { }
        }

        public interface {|#2:IAssistantClient|} : IChatClient { }
        """, ExtensionsAi)
        .Expect(
            Diagnostic(1, "Type 'FakeChatClient'", IChatClient),
            Diagnostic(2, "Type 'IAssistantClient'", IChatClient))
        .RunAsync();

    [Fact]
    public Task A_subclass_of_a_wrapper_is_reported_unless_the_wrapper_is_a_declared_model() => Test("""
        using AiCompliance;
        using Microsoft.Extensions.AI;

        public class {|#0:Wrapper|}() : OpenAI.Chat.ChatClient() { }

        public sealed class {|#1:Special|} : Wrapper { }

        [AiModel("declared-wrapper")]
        public class DeclaredWrapper() : OpenAI.Chat.ChatClient() { }

        public sealed class Variant() : DeclaredWrapper() { }
        """, [.. ExtensionsAi, .. OpenAi])
        .Expect(
            Diagnostic(0, "Type 'Wrapper'", ChatClient),
            Diagnostic(1, "Type 'Special'", ChatClient))
        .RunAsync();

    [Fact]
    public Task Aliases_and_global_usings_are_seen_through()
    {
        var test = Test("""
            using Llm = OpenAI.Chat;
            using Client = Microsoft.Extensions.AI.IChatClient;

            public sealed class {|#0:Aliased|}
            {
                private readonly Llm.ChatClient _client = new("gpt-4o", "key");
            }

            public sealed class {|#1:AliasedInterface|}(Client chat)
            {
                public Client Chat => chat;
            }

            public sealed class {|#2:ViaGlobalUsing|}
            {
                public ChatClient? Client { get; set; }
            }
            """, [.. OpenAi, .. ExtensionsAi]);
        test.TestState.Sources.Add("global using OpenAI.Chat;");
        return test.Expect(
            Diagnostic(0, "Type 'Aliased'", ChatClient),
            Diagnostic(1, "Type 'AliasedInterface'", IChatClient),
            Diagnostic(2, "Type 'ViaGlobalUsing'", ChatClient)).RunAsync();
    }

    /// <summary>
    /// The pre-filter (AiApiSurface) leaves out the AI types' member names (<c>Text</c>, <c>GetService</c>, <c>Linear</c>):
    /// these members name no AI type, yet each reaches one, through a <c>using static</c> import, a field of a project type
    /// that derives from an AI type, or a type nested in one.
    /// </summary>
    [Fact]
    public Task Uses_that_name_no_AI_type_are_found_through_static_imports_derived_types_and_containers() => Test("""
        using System;
        using Microsoft.Extensions.AI;
        using static TorchSharp.torch.nn;

        public sealed class {|#0:Scorer|}
        {
            public object Layer() => {|#1:Linear(3, 1)|};
        }

        public class Inner() : DelegatingChatClient(null!);

        public sealed class {|#2:Holder|}
        {
            private readonly Inner _inner = new();

            public object? Describe() => {|#3:_inner.GetService(typeof(string))|};
        }

        public class Outer() : DelegatingChatClient(null!)
        {
            public sealed class {|#4:Nested|}
            {
                public object? Find(Outer outer) => {|#5:outer.GetService(typeof(string))|};
            }
        }
        """, [.. ExtensionsAi, TorchStub])
        .Expect(
            WithMember(0, 1, "Type 'Scorer'", "TorchSharp.torch.nn"),
            WithMember(2, 3, "Type 'Holder'", "Microsoft.Extensions.AI.DelegatingChatClient"),
            WithMember(4, 5, "Type 'Outer.Nested'", "Microsoft.Extensions.AI.DelegatingChatClient"))
        .RunAsync();

    [Fact]
    public Task User_types_named_like_AI_types_are_not_AI_APIs() => Test("""
        namespace Shop.Support
        {
            public sealed class ChatClient { public string Send(ChatMessage message) => message.Text; }
            public sealed record ChatMessage(string Text);
            public interface IChatClient { string Send(ChatMessage message); }

            public sealed class Helpdesk(IChatClient chat)
            {
                private readonly ChatClient _client = new();
                public string Ask(string text) => _client.Send(new ChatMessage(text)) + chat.Send(new ChatMessage(text));
            }
        }
        """, [.. OpenAi, .. ExtensionsAi]).RunAsync();

    [Fact]
    public Task A_look_alike_assembly_that_declares_the_OpenAI_namespace_is_not_OpenAI()
    {
        var fake = StubAssembly.Compile("Contoso.Fake", """
            namespace OpenAI.Chat
            {
                public sealed class ChatClient { public ChatClient(string model, string key) { } public string CompleteChat(string text) => text; }
            }
            """);
        return Test("""
            using OpenAI.Chat;

            public sealed class Echo
            {
                private readonly ChatClient _client = new("echo", "key");
                public string Say(string text) => _client.CompleteChat(text);
            }
            """, [fake, .. ExtensionsAi]).RunAsync();
    }

    [Fact]
    public Task Types_declared_with_AiModel_and_types_nested_in_them_at_any_depth_are_not_reported() => Test("""
        using AiCompliance;
        using Microsoft.Extensions.AI;

        [AiModel("support-bot")]
        public sealed class SupportBot(IChatClient chat)
        {
            public object Chat => chat;

            public sealed class Session(IChatClient chat)
            {
                public object Chat => chat;

                private sealed class Turn { public ChatRole Role { get; } = ChatRole.User; }
            }
        }

        public static class Outer
        {
            public static int Count;

            public sealed class {|#0:Inner|} { public IChatClient? Chat { get; set; } }
        }
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "Type 'Outer.Inner'", IChatClient))
        .RunAsync();

    [Fact]
    public Task A_nested_types_uses_are_its_own_not_its_containers() => Test("""
        using Microsoft.Extensions.AI;

        public sealed class Container
        {
            public sealed class {|#0:Nested|}
            {
                private IChatClient? _chat;
                public object Create() => new Microsoft.Extensions.AI.ChatMessage();
            }

            public object Make() => new Nested();
        }
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "Type 'Container.Nested'", IChatClient))
        .RunAsync();

    [Fact]
    public Task A_partial_type_is_reported_once_on_the_part_with_the_earliest_use_which_names_the_API()
    {
        var test = Test("""
            public sealed partial class Assistant
            {
                public string Name => "assistant";
            }

            public sealed partial class {|#0:Assistant|}
            {
                private readonly OpenAI.Chat.ChatClient _first = new("gpt-4o", "key");
            }
            """, [.. OpenAi, .. ExtensionsAi]);
        test.TestState.Sources.Add("""
            public sealed partial class Assistant
            {
                private Microsoft.Extensions.AI.IChatClient? _second;
            }
            """);
        return test.Expect(Diagnostic(0, "Type 'Assistant'", ChatClient, others: 1)).RunAsync();
    }

    [Fact]
    public Task Top_level_statements_are_reported_once_on_their_first_use() => Test("""
        using OpenAI.Chat;

        System.Console.WriteLine("Ask me anything");
        var client = {|#0:new ChatClient("gpt-4o", "key")|};
        var reply = client.CompleteChat("hi");
        System.Console.WriteLine(reply.Value.Content[0].Text);
        """, OpenAi)
        .Expect(Diagnostic(0, "The top-level program", ChatClient))
        .RunAsync();

    [Fact]
    public Task Top_level_statements_of_a_declared_Program_are_not_reported() => Test("""
        using AiCompliance;
        using OpenAI.Chat;

        var client = new ChatClient("gpt-4o", "key");
        System.Console.WriteLine(client.CompleteChat("hi").Value.Content[0].Text);

        [AiModel("console-assistant")]
        partial class Program { }
        """, OpenAi).RunAsync();

    [Fact]
    public Task A_DI_only_Program_is_not_reported_but_a_minimal_API_handler_taking_a_client_is_reported_once() => Test("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddChatClient(sp => new OpenAI.Chat.ChatClient("gpt-4o", "key").GetType() is null ? null! : new FakeClient())
            .UseLogging()
            .Use(inner => new ChatClientBuilder(inner).Build());
        builder.Services.AddSingleton<IChatClient>(sp => new FakeClient());
        var app = builder.Build();

        app.MapGet("/", () => "up");
        app.MapPost("/ask", async ({|#0:IChatClient|} chat, string question) => (await chat.GetResponseAsync(question)).Text);
        app.MapPost("/again", async (IChatClient chat, string question) => (await chat.GetResponseAsync(question)).Text);
        app.Run();

        sealed class FakeClient : DelegatingChatClient { public FakeClient() : base(null!) { } }
        """, [.. ExtensionsAi, .. OpenAi])
        .Expect(Diagnostic(0, "The top-level program", IChatClient))
        .RunAsync();

    [Fact]
    public Task A_DI_only_Program_is_not_reported() => Test("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddChatClient(sp => new ChatClientBuilder(sp.GetRequiredService<IChatClient>()).UseLogging().Build())
            .UseLogging();
        builder.Services.AddSingleton(new OpenAI.Chat.ChatClient("gpt-4o", "key"));
        builder.Services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<OpenAI.Chat.ChatClient>() is null ? null! : null!);
        var app = builder.Build();
        app.MapGet("/", () => "up");
        app.Run();
        """, [.. ExtensionsAi, .. OpenAi]).RunAsync();

    [Fact]
    public Task A_registration_extension_class_is_wiring() => Test("""
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;

        public static class AiServiceCollectionExtensions
        {
            public static IServiceCollection AddSupportAi(this IServiceCollection services)
            {
                services.AddChatClient(sp => new OpenAI.Chat.ChatClient("gpt-4o", "key") is null ? null! : sp.GetRequiredService<IChatClient>())
                    .UseLogging();
                return services;
            }
        }
        """, [.. ExtensionsAi, .. OpenAi]).RunAsync();

    [Fact]
    public Task Creating_a_client_and_then_building_a_pipeline_around_it_is_still_a_use() => Test("""
        using Microsoft.Extensions.AI;

        public sealed class {|#0:Pipeline|}
        {
            public static object Create(object raw) => ((IChatClient)raw).AsBuilder().UseLogging().Build();
        }
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "Type 'Pipeline'", IChatClient))
        .RunAsync();

    [FileBasedProgramFact]
    public Task A_file_based_program_with_package_directives_is_analysed()
    {
        var test = Test("""
            #!/usr/bin/env dotnet
            #:package OpenAI@2.15.0
            #:package AiCompliance@0.1.0
            #:property Nullable=enable

            using OpenAI.Chat;

            var client = {|#0:new ChatClient("gpt-4o-mini", System.Environment.GetEnvironmentVariable("OPENAI_API_KEY"))|};
            System.Console.WriteLine(client.CompleteChat("Hello").Value.Content[0].Text);
            """, OpenAi);
        test.Features["FileBasedProgram"] = "true";
        return test.Expect(Diagnostic(0, "The top-level program", ChatClient)).RunAsync();
    }

    [Fact]
    public Task Razor_generated_inject_properties_are_reported_where_the_line_directives_map_them()
    {
        var test = Test("""
            using Microsoft.AspNetCore.Components;

            namespace Clinic.Pages;

            public partial class Chat
            {
                private string _question = "";
            }
            """, ExtensionsAi);
        test.TestState.Sources.Add(("/0/obj/Pages_Chat_razor.g.cs", """
            // <auto-generated/>
            #pragma warning disable 1591
            namespace Clinic.Pages
            {
                #line default
                using global::System;
                using global::Microsoft.AspNetCore.Components;
            #nullable restore
            #line (1,2)-(1,40) "/0/Pages/Chat.razor"
            using Microsoft.Extensions.AI

            #line default
            #line hidden
            #nullable disable
                ;
                #line default
                #line hidden
                public partial class Chat : global::Microsoft.AspNetCore.Components.ComponentBase
                {
                    #pragma warning disable 1998
                    protected override void BuildRenderTree(object __builder)
                    {
                    }
                    #pragma warning restore 1998
            #nullable restore
            #line (2,9)-(2,20) "/0/Pages/Chat.razor"
            [global::Microsoft.AspNetCore.Components.InjectAttribute] private {|#0:IChatClient|} ChatClient { get; set; } = default!;

            #line default
            #line hidden
            #nullable disable
                }
            }
            #pragma warning restore 1591
            """));
        return test.Expect(Diagnostic(0, "Type 'Clinic.Pages.Chat'", IChatClient)).RunAsync();
    }

    [Fact]
    public Task What_a_generator_adds_without_line_mapping_is_not_the_types_use()
    {
        // A System.Text.Json source-generated context: the user declares the partial class, the generator adds
        // JsonTypeInfo<ChatMessage>-style members. That is serialization plumbing, not an AI component.
        var test = Test("""
            namespace Clinic.Serialization;

            public partial class AiJsonContext
            {
            }
            """, ExtensionsAi);
        test.TestState.Sources.Add(("/0/obj/AiJsonContext.ChatMessage.g.cs", """
            // <auto-generated/>
            #nullable enable
            namespace Clinic.Serialization
            {
                public partial class AiJsonContext
                {
                    public global::System.Collections.Generic.List<global::Microsoft.Extensions.AI.ChatMessage>? ChatMessage { get; }
                    private static object Create() => new global::Microsoft.Extensions.AI.ChatMessage();
                }

                internal sealed class GeneratedHelper : global::Microsoft.Extensions.AI.DelegatingChatClient
                {
                    public GeneratedHelper() : base(null!) { }
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Razor_code_blocks_mapped_into_the_razor_file_are_uses_there()
    {
        var test = Test("""
            namespace Clinic.Pages;

            public partial class Summary { }
            """, ExtensionsAi);
        test.TestState.Sources.Add(("/0/obj/Pages_Summary_razor.g.cs", """
            // <auto-generated/>
            namespace Clinic.Pages
            {
                #line hidden
                public partial class Summary : global::Microsoft.AspNetCore.Components.ComponentBase
                {
            #nullable restore
            #line (5,8)-(8,1) "/0/Pages/Summary.razor"

                private {|#0:global::Microsoft.Extensions.AI.IChatClient?|} Chat => null;

            #line default
            #line hidden
            #nullable disable
                }
            }
            """));
        return test.Expect(Diagnostic(0, "Type 'Clinic.Pages.Summary'", IChatClient)).RunAsync();
    }

    [Fact]
    public Task Top_level_statements_and_members_of_Program_give_one_report_on_the_first_top_level_use() => Test("""
        using Microsoft.Extensions.AI;

        System.Console.WriteLine("start");
        var role = {|#0:(IChatClient?)null|};
        System.Console.WriteLine(Program.Describe(null!) + role);

        partial class Program
        {
            static string Describe(IChatClient chat) => chat.ToString()!;
        }
        """, ExtensionsAi)
        .Expect(Diagnostic(0, "The top-level program", IChatClient))
        .RunAsync();

    [Fact]
    public Task A_classic_Program_class_is_reported_like_any_other_type() => Test("""
        using OpenAI.Chat;

        internal static class {|#0:Program|}
        {
            private static void Main()
            {
                var client = new ChatClient("gpt-4o", "key");
                System.Console.WriteLine(client.CompleteChat("hi").Value.Content[0].Text);
            }
        }
        """, OpenAi)
        .Expect(Diagnostic(0, "Type 'Program'", ChatClient))
        .RunAsync();

    [Fact]
    public Task Configured_namespaces_count_as_AI_APIs_in_any_assembly_including_this_one()
    {
        var llm = StubAssembly.Compile("Contoso.Llm", """
            namespace Contoso.Llm
            {
                public sealed class Completion { public string Complete(string prompt) => prompt; }
            }
            """);
        var test = Test("""
            namespace Contoso.Agents
            {
                public sealed class {|#0:Agent|}
                {
                    private readonly Contoso.Llm.Completion _llm = new();
                }

                public sealed class {|#1:Planner|}
                {
                    public Contoso.Internal.Ai.Router? Router { get; set; }
                }
            }

            namespace Contoso.Internal.Ai
            {
                public sealed class Router { public Contoso.Llm.Completion? Model { get; set; } }
            }
            """, [llm, .. OpenAi]);
        test.EditorConfig = """
            [*.cs]
            aicompliance.ai_api_namespaces = Contoso.Llm, Contoso.Internal.Ai.*
            """;
        return test.Expect(
            Diagnostic(0, "Type 'Contoso.Agents.Agent'", "Contoso.Llm.Completion"),
            Diagnostic(1, "Type 'Contoso.Agents.Planner'", "Contoso.Internal.Ai.Router")).RunAsync();
    }

    [Fact]
    public Task Configured_namespaces_work_without_any_catalogued_library_and_nothing_is_reported_without_them()
    {
        var llm = StubAssembly.Compile("Contoso.Llm", """
            namespace Contoso.Llm
            {
                public sealed class Completion { public string Complete(string prompt) => prompt; }
            }
            """);
        const string Source = """
            public sealed class {|#0:Agent|}
            {
                public string Ask(string prompt) => new Contoso.Llm.Completion().Complete(prompt);
            }
            """;
        var configured = Test(Source, llm);
        configured.GlobalOptions["aicompliance.ai_api_namespaces"] = "Contoso.Llm";
        configured.Expect(Diagnostic(0, "Type 'Agent'", "Contoso.Llm.Completion"));
        var unconfigured = Test(Source.Replace("{|#0:Agent|}", "Agent", System.StringComparison.Ordinal), llm);
        return Task.WhenAll(configured.RunAsync(), unconfigured.RunAsync());
    }

    [Fact]
    public Task Nothing_is_reported_when_the_SDK_is_not_referenced()
    {
        var test = Test("""
            public sealed class Bot { private readonly OpenAI.Chat.ChatClient _client = new("gpt-4o", "key"); }
            """, OpenAi);
        test.ReferenceSdk = false;
        return test.RunAsync();
    }

    [Fact]
    public Task Nothing_is_reported_in_mode_none()
    {
        var test = Test("""
            public sealed class Bot { private readonly OpenAI.Chat.ChatClient _client = new("gpt-4o", "key"); }
            """, OpenAi);
        test.GlobalOptions["build_property.AiComplianceMode"] = "none";
        return test.RunAsync();
    }

    [Fact]
    public Task Nothing_is_reported_when_no_AI_library_is_referenced_even_for_a_source_OpenAI_namespace() => Test("""
        namespace OpenAI.Chat
        {
            public sealed class ChatClient { }
        }

        public sealed class Bot { private readonly OpenAI.Chat.ChatClient _client = new(); }
        """).RunAsync();

    [Fact]
    public Task Broken_code_does_not_make_the_analyzer_throw()
    {
        var test = Test("""
            using Microsoft.Extensions.AI;
            using Missing.Library;

            public sealed class {|AIC001:Bot|}(IChatClient chat)
            {
                public void Ask() { chat.GetResponseAsync(; }
                public UnknownType Other() => chat.;
                private readonly ChatClientBuilder _b = new ChatClientBuilder(
            }

            public class {|AIC001:|}: IChatClient
            """, ExtensionsAi);
        return AssertNoAnalyzerExceptionAsync(test);
    }

    [Fact]
    public Task Broken_top_level_statements_do_not_make_the_analyzer_throw()
    {
        var test = Test("""
            using OpenAI.Chat;
            var client = new ChatClient(
            client.CompleteChat("hi").
            app.MapPost("/x", (ChatClient c, ) => c.);
            """, OpenAi);
        // The statements parse as one broken expression, from 'new' to the last ')'.
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC001").WithSpan(2, 14, 4, 42));
        return AssertNoAnalyzerExceptionAsync(test);
    }

    /// <summary>Compiler errors are expected and not compared; an analyzer exception would be an unexpected AD0001.</summary>
    private static Task AssertNoAnalyzerExceptionAsync(AnalyzerTest test)
    {
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}

internal static class AnalyzerTestExtensions
{
    public static AnalyzerTest Expect(this AnalyzerTest test, params DiagnosticResult[] expected)
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
