using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.CorpusGenerator;

/// <summary>An assembly compiled by the generator: its name, its image and a reference to it.</summary>
public sealed record CompiledStub(string AssemblyName, byte[] Image)
{
    public string FileName => AssemblyName + ".dll";

    public MetadataReference Reference { get; } = MetadataReference.CreateFromImage(Image, filePath: AssemblyName + ".dll");
}

/// <summary>
/// Stand-ins for the AI client libraries the corpus calls: assemblies named "OpenAI" and
/// "Microsoft.Extensions.AI.Abstractions" that declare the namespaces and types real code uses (OpenAI.Chat.ChatClient,
/// Microsoft.Extensions.AI.IChatClient, ChatMessage, ChatResponse, IEmbeddingGenerator&lt;,&gt;, …). AIC001 matches on
/// namespace and assembly name, so it sees them as it sees the real packages; the bodies only throw.
/// </summary>
public static class AiStubs
{
    public const string OpenAiAssemblyName = "OpenAI";

    public const string ExtensionsAiAssemblyName = "Microsoft.Extensions.AI.Abstractions";

    public const string OpenAiSource = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Threading;
        using System.Threading.Tasks;

        namespace System.ClientModel
        {
            public class ClientResult<T>
            {
                protected ClientResult(T value) => Value = value;
                public virtual T Value { get; }
                public static implicit operator T(ClientResult<T> result) => result.Value;
            }

            public class ApiKeyCredential
            {
                public ApiKeyCredential(string key) { }
            }
        }

        namespace OpenAI
        {
            using System.ClientModel;

            public class OpenAIClientOptions
            {
                public Uri? Endpoint { get; set; }
                public string? OrganizationId { get; set; }
            }

            public class OpenAIClient
            {
                public OpenAIClient(string apiKey) { }
                public OpenAIClient(ApiKeyCredential credential, OpenAIClientOptions? options = null) { }
                public virtual Chat.ChatClient GetChatClient(string model) => throw new NotImplementedException();
                public virtual Embeddings.EmbeddingClient GetEmbeddingClient(string model) => throw new NotImplementedException();
            }
        }

        namespace OpenAI.Chat
        {
            using System.ClientModel;

            public class ChatClient
            {
                protected ChatClient() { }
                public ChatClient(string model, string apiKey) { }
                public ChatClient(string model, ApiKeyCredential credential, OpenAIClientOptions? options = null) { }
                public virtual Task<ClientResult<ChatCompletion>> CompleteChatAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public virtual Task<ClientResult<ChatCompletion>> CompleteChatAsync(params ChatMessage[] messages) => throw new NotImplementedException();
                public virtual ClientResult<ChatCompletion> CompleteChat(params ChatMessage[] messages) => throw new NotImplementedException();
            }

            public abstract class ChatMessage
            {
                public ChatMessageContent Content { get; } = new ChatMessageContent();
                public static SystemChatMessage CreateSystemMessage(string content) => new SystemChatMessage(content);
                public static UserChatMessage CreateUserMessage(string content) => new UserChatMessage(content);
                public static AssistantChatMessage CreateAssistantMessage(string content) => new AssistantChatMessage(content);
            }

            public class SystemChatMessage : ChatMessage { public SystemChatMessage(string content) { } }
            public class UserChatMessage : ChatMessage { public UserChatMessage(string content) { } }
            public class AssistantChatMessage : ChatMessage { public AssistantChatMessage(string content) { } }

            public class ChatMessageContentPart
            {
                public string Text { get; } = "";
            }

            public class ChatMessageContent : Collection<ChatMessageContentPart> { }

            public enum ChatFinishReason { Stop, Length, ContentFilter, ToolCalls }

            public class ChatTokenUsage
            {
                public int InputTokenCount { get; }
                public int OutputTokenCount { get; }
                public int TotalTokenCount { get; }
            }

            public class ChatCompletion
            {
                public string Id { get; } = "";
                public ChatMessageContent Content { get; } = new ChatMessageContent();
                public ChatFinishReason FinishReason { get; }
                public ChatTokenUsage Usage { get; } = new ChatTokenUsage();
                public string Model { get; } = "";
            }

            public class ChatCompletionOptions
            {
                public float? Temperature { get; set; }
                public int? MaxOutputTokenCount { get; set; }
                public float? TopP { get; set; }
            }
        }

        namespace OpenAI.Embeddings
        {
            using System.ClientModel;

            public class OpenAIEmbedding
            {
                public int Index { get; }
                public ReadOnlyMemory<float> ToFloats() => default;
            }

            public class OpenAIEmbeddingCollection : ReadOnlyCollection<OpenAIEmbedding>
            {
                public OpenAIEmbeddingCollection(IList<OpenAIEmbedding> list) : base(list) { }
            }

            public class EmbeddingGenerationOptions
            {
                public int? Dimensions { get; set; }
            }

            public class EmbeddingClient
            {
                public EmbeddingClient(string model, string apiKey) { }
                public virtual Task<ClientResult<OpenAIEmbedding>> GenerateEmbeddingAsync(string input, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public virtual Task<ClientResult<OpenAIEmbeddingCollection>> GenerateEmbeddingsAsync(IEnumerable<string> inputs, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }
        }
        """;

    public const string ExtensionsAiSource = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Microsoft.Extensions.AI
        {
            public readonly struct ChatRole : IEquatable<ChatRole>
            {
                public ChatRole(string value) => Value = value;
                public string Value { get; }
                public static ChatRole System => new("system");
                public static ChatRole User => new("user");
                public static ChatRole Assistant => new("assistant");
                public static ChatRole Tool => new("tool");
                public bool Equals(ChatRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);
                public override bool Equals(object? obj) => obj is ChatRole other && Equals(other);
                public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value ?? "");
                public static bool operator ==(ChatRole left, ChatRole right) => left.Equals(right);
                public static bool operator !=(ChatRole left, ChatRole right) => !left.Equals(right);
                public override string ToString() => Value;
            }

            public readonly struct ChatFinishReason : IEquatable<ChatFinishReason>
            {
                public ChatFinishReason(string value) => Value = value;
                public string Value { get; }
                public static ChatFinishReason Stop => new("stop");
                public static ChatFinishReason Length => new("length");
                public static ChatFinishReason ContentFilter => new("content_filter");
                public bool Equals(ChatFinishReason other) => string.Equals(Value, other.Value, StringComparison.Ordinal);
                public override bool Equals(object? obj) => obj is ChatFinishReason other && Equals(other);
                public override int GetHashCode() => (Value ?? "").GetHashCode(StringComparison.Ordinal);
                public static bool operator ==(ChatFinishReason left, ChatFinishReason right) => left.Equals(right);
                public static bool operator !=(ChatFinishReason left, ChatFinishReason right) => !left.Equals(right);
            }

            public class ChatMessage
            {
                public ChatMessage() { }
                public ChatMessage(ChatRole role, string? content) { Role = role; Text = content ?? ""; }
                public ChatRole Role { get; set; }
                public string Text { get; set; } = "";
                public string? AuthorName { get; set; }
            }

            public class UsageDetails
            {
                public long? InputTokenCount { get; set; }
                public long? OutputTokenCount { get; set; }
                public long? TotalTokenCount { get; set; }
            }

            public class ChatResponse
            {
                public ChatResponse() { }
                public ChatResponse(ChatMessage message) => Messages.Add(message);
                public IList<ChatMessage> Messages { get; } = new List<ChatMessage>();
                public string Text => Messages.Count == 0 ? "" : Messages[Messages.Count - 1].Text;
                public string? ModelId { get; set; }
                public ChatFinishReason? FinishReason { get; set; }
                public UsageDetails? Usage { get; set; }
            }

            public class ChatResponseUpdate
            {
                public string Text { get; set; } = "";
                public ChatRole? Role { get; set; }
            }

            public class ChatResponseFormat
            {
                public static ChatResponseFormat Text { get; } = new ChatResponseFormat();
                public static ChatResponseFormat Json { get; } = new ChatResponseFormat();
            }

            public class ChatOptions
            {
                public float? Temperature { get; set; }
                public int? MaxOutputTokens { get; set; }
                public string? ModelId { get; set; }
                public ChatResponseFormat? ResponseFormat { get; set; }
                public IList<string>? StopSequences { get; set; }
            }

            public interface IChatClient : IDisposable
            {
                Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);
                IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);
                object? GetService(Type serviceType, object? serviceKey = null);
            }

            public static class ChatClientExtensions
            {
                public static Task<ChatResponse> GetResponseAsync(this IChatClient client, string chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }

            public class Embedding
            {
                public DateTimeOffset? CreatedAt { get; set; }
                public string? ModelId { get; set; }
            }

            public sealed class Embedding<T> : Embedding
            {
                public Embedding(ReadOnlyMemory<T> vector) => Vector = vector;
                public ReadOnlyMemory<T> Vector { get; }
            }

            public sealed class GeneratedEmbeddings<TEmbedding> : List<TEmbedding>
                where TEmbedding : Embedding
            {
                public UsageDetails? Usage { get; set; }
            }

            public class EmbeddingGenerationOptions
            {
                public int? Dimensions { get; set; }
                public string? ModelId { get; set; }
            }

            public interface IEmbeddingGenerator : IDisposable
            {
                object? GetService(Type serviceType, object? serviceKey = null);
            }

            public interface IEmbeddingGenerator<in TInput, TEmbedding> : IEmbeddingGenerator
                where TEmbedding : Embedding
            {
                Task<GeneratedEmbeddings<TEmbedding>> GenerateAsync(IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default);
            }

            public static class EmbeddingGeneratorExtensions
            {
                public static Task<Embedding<float>> GenerateEmbeddingAsync<TInput>(this IEmbeddingGenerator<TInput, Embedding<float>> generator, TInput value, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<ReadOnlyMemory<float>> GenerateVectorAsync<TInput>(this IEmbeddingGenerator<TInput, Embedding<float>> generator, TInput value, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }

            public sealed class ChatClientBuilder
            {
                public ChatClientBuilder(IChatClient innerClient) { }
                public ChatClientBuilder Use(Func<IChatClient, IChatClient> clientFactory) => this;
                public IChatClient Build(IServiceProvider? services = null) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>Compiles both stubs against the .NET reference assemblies; throws with the errors if they do not compile.</summary>
    public static IReadOnlyList<CompiledStub> Compile() =>
    [
        Build(OpenAiAssemblyName, OpenAiSource),
        Build(ExtensionsAiAssemblyName, ExtensionsAiSource),
    ];

    private static CompiledStub Build(string assemblyName, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: assemblyName + ".cs");
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [tree],
            ReferenceAssemblies.Net,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"The stub '{assemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return new CompiledStub(assemblyName, image.ToArray());
    }
}
