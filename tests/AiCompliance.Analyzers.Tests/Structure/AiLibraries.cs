using System.Linq;
using AiCompliance.Analyzers.Structure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>
/// The AI libraries AIC001 tests compile against: OpenAI and Microsoft.Extensions.AI.Abstractions for real (NuGet
/// packages of the test project), everything else as stubs with the real assembly names and namespaces.
/// </summary>
internal static class AiLibraries
{
    /// <summary>OpenAI 2.x and what its public surface needs (System.ClientModel, System.Memory.Data).</summary>
    public static MetadataReference[] OpenAi =>
    [
        AiCompliance.Testing.ReferenceAssemblies.Of(typeof(global::OpenAI.Chat.ChatClient)),
        AiCompliance.Testing.ReferenceAssemblies.Of(typeof(System.ClientModel.ApiKeyCredential)),
        AiCompliance.Testing.ReferenceAssemblies.Of(typeof(System.BinaryData)),
    ];

    /// <summary>Microsoft.Extensions.AI.Abstractions: IChatClient, DelegatingChatClient, ChatMessage, …</summary>
    public static MetadataReference AiAbstractions => AiCompliance.Testing.ReferenceAssemblies.Of(typeof(global::Microsoft.Extensions.AI.IChatClient));

    public static MetadataReference DependencyInjection => AiCompliance.Testing.ReferenceAssemblies.Of(typeof(global::Microsoft.Extensions.DependencyInjection.IServiceCollection));

    /// <summary>
    /// Microsoft.Extensions.AI (the package, not the abstractions): the builder and the registration extensions, as
    /// the real assembly declares them (ChatClientBuilder in Microsoft.Extensions.AI, AddChatClient in
    /// Microsoft.Extensions.DependencyInjection).
    /// </summary>
    public static MetadataReference AiBuilders => StubAssembly.Compile("Microsoft.Extensions.AI", """
        using System;
        using Microsoft.Extensions.AI;

        namespace Microsoft.Extensions.AI
        {
            public sealed class ChatClientBuilder
            {
                public ChatClientBuilder(IChatClient innerClient) { }
                public ChatClientBuilder(Func<IServiceProvider, IChatClient> innerClientFactory) { }
                public ChatClientBuilder Use(Func<IChatClient, IChatClient> clientFactory) => this;
                public IChatClient Build(IServiceProvider? services = null) => throw new NotSupportedException();
            }

            public static class LoggingChatClientBuilderExtensions
            {
                public static ChatClientBuilder UseLogging(this ChatClientBuilder builder) => builder;
            }

            public static class ChatClientBuilderChatClientExtensions
            {
                public static ChatClientBuilder AsBuilder(this IChatClient innerClient) => new(innerClient);
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class ChatClientBuilderServiceCollectionExtensions
            {
                public static ChatClientBuilder AddChatClient(this IServiceCollection services, IChatClient innerClient) => new(innerClient);
                public static ChatClientBuilder AddChatClient(this IServiceCollection services, Func<IServiceProvider, IChatClient> innerClientFactory) => new(innerClientFactory);
            }
        }
        """, AiAbstractions, DependencyInjection);

    /// <summary>Just enough of ASP.NET Core for a minimal-API Program and a Razor component.</summary>
    public static MetadataReference AspNetCore => StubAssembly.Compile("Microsoft.AspNetCore", """
        using System;
        using Microsoft.Extensions.DependencyInjection;

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class WebApplication
            {
                public static WebApplicationBuilder CreateBuilder(string[] args) => new();
                public IServiceProvider Services => throw new NotSupportedException();
                public RouteHandlerBuilder MapGet(string pattern, Delegate handler) => new();
                public RouteHandlerBuilder MapPost(string pattern, Delegate handler) => new();
                public void Run() { }
            }

            public sealed class WebApplicationBuilder
            {
                public IServiceCollection Services => throw new NotSupportedException();
                public WebApplication Build() => new();
            }

            public sealed class RouteHandlerBuilder { }
        }

        namespace Microsoft.AspNetCore.Components
        {
            [AttributeUsage(AttributeTargets.Property)]
            public sealed class InjectAttribute : Attribute { }

            public abstract class ComponentBase
            {
                protected virtual void BuildRenderTree(object builder) { }
            }
        }
        """, DependencyInjection);

    /// <summary>Every reference a Microsoft.Extensions.AI test may need: abstractions, builders, DI, ASP.NET Core.</summary>
    public static MetadataReference[] ExtensionsAi => [AiAbstractions, AiBuilders, DependencyInjection, AspNetCore];

    /// <summary>An AIC001 test over <paramref name="source"/> with the given references.</summary>
    public static AnalyzerTest Test(string source, params MetadataReference[] references)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(new AiApiOutsideModelAnalyzer());
        test.TestState.AdditionalReferences.AddRange(references.Distinct());
        return test;
    }

    /// <summary>
    /// An AIC001 diagnostic on markup location <paramref name="location"/>. Its additional location (the member that
    /// uses the API) is checked only by tests that say where it is (<see cref="WithMember"/>).
    /// </summary>
    public static DiagnosticResult Diagnostic(int location, string subject, string api, int others = 0) =>
        Expect.Diagnostic("AIC001", subject, api, TypeAiUsageCollector.OthersText(others))
            .WithLocation(location)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>An AIC001 diagnostic on <paramref name="location"/> whose additional location is <paramref name="member"/>.</summary>
    public static DiagnosticResult WithMember(int location, int member, string subject, string api, int others = 0) =>
        Expect.Diagnostic("AIC001", subject, api, TypeAiUsageCollector.OthersText(others))
            .WithLocation(location)
            .WithLocation(member);
}
