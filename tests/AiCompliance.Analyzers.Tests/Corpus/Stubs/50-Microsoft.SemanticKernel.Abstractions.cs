// assembly: Microsoft.SemanticKernel.Abstractions
namespace Microsoft.SemanticKernel
{
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class KernelFunctionAttribute : System.Attribute { public KernelFunctionAttribute() { } public KernelFunctionAttribute(string name) { } }
    public class PromptExecutionSettings { public string? ModelId { get; set; } public FunctionChoiceBehavior? FunctionChoiceBehavior { get; set; } }
    public abstract class FunctionChoiceBehavior { public static FunctionChoiceBehavior Auto() => null!; }
    public sealed class KernelArguments : System.Collections.Generic.Dictionary<string, object?>
    {
        public KernelArguments() { }
        public KernelArguments(PromptExecutionSettings settings) { }
    }
    public sealed class FunctionResult { public T? GetValue<T>() => default; public override string ToString() => ""; }
    public abstract class KernelFunction { public string Name => ""; public System.Threading.Tasks.Task<FunctionResult> InvokeAsync(Kernel kernel, KernelArguments? arguments = null) => null!; }
    public sealed class KernelPlugin { public string Name => ""; }
    public sealed class KernelPluginCollection : System.Collections.Generic.List<KernelPlugin>
    {
        public KernelPlugin AddFromType<T>(string? pluginName = null) => null!;
        public KernelPlugin AddFromObject(object target, string? pluginName = null) => null!;
    }
    public interface IKernelBuilder
    {
        KernelPluginCollection Plugins { get; }
        Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }
        Kernel Build();
    }
    public sealed class Kernel
    {
        public static IKernelBuilder CreateBuilder() => null!;
        public KernelPluginCollection Plugins { get; } = new();
        public T GetRequiredService<T>() where T : class => null!;
        public System.Threading.Tasks.Task<FunctionResult> InvokePromptAsync(string promptTemplate, KernelArguments? arguments = null) => null!;
        public System.Threading.Tasks.Task<FunctionResult> InvokeAsync(KernelFunction function, KernelArguments? arguments = null) => null!;
        public KernelFunction CreateFunctionFromPrompt(string promptTemplate, PromptExecutionSettings? executionSettings = null) => null!;
    }
    public class KernelContent { }
    public class ChatMessageContent : KernelContent
    {
        public ChatMessageContent() { }
        public ChatMessageContent(ChatCompletion.AuthorRole role, string? content) { Role = role; Content = content; }
        public ChatCompletion.AuthorRole Role { get; set; }
        public string? Content { get; set; }
    }
    public sealed class StreamingChatMessageContent : KernelContent { public string? Content { get; set; } }
    public sealed class FunctionInvocationContext { public KernelFunction Function => null!; public FunctionResult Result { get; set; } = null!; }
    public interface IFunctionInvocationFilter { System.Threading.Tasks.Task OnFunctionInvocationAsync(FunctionInvocationContext context, System.Func<FunctionInvocationContext, System.Threading.Tasks.Task> next); }
    public sealed class PromptRenderContext { public string? RenderedPrompt { get; set; } }
    public interface IPromptRenderFilter { System.Threading.Tasks.Task OnPromptRenderAsync(PromptRenderContext context, System.Func<PromptRenderContext, System.Threading.Tasks.Task> next); }
}

namespace Microsoft.SemanticKernel.ChatCompletion
{
    public readonly record struct AuthorRole(string Label)
    {
        public static AuthorRole User => new("user");
        public static AuthorRole Assistant => new("assistant");
        public static AuthorRole System => new("system");
    }
    public class ChatHistory : System.Collections.Generic.List<ChatMessageContent>
    {
        public ChatHistory() { }
        public ChatHistory(string systemMessage) { }
        public void AddUserMessage(string content) { }
        public void AddAssistantMessage(string content) { }
        public void AddSystemMessage(string content) { }
    }
    public interface IChatCompletionService
    {
        System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public static class ChatCompletionServiceExtensions
    {
        public static System.Threading.Tasks.Task<ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService service, ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null) => null!;
        public static System.Collections.Generic.IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(this IChatCompletionService service, ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null) => null!;
    }
}

namespace Microsoft.SemanticKernel.Embeddings
{
    public interface ITextEmbeddingGenerationService { System.Threading.Tasks.Task<System.Collections.Generic.IList<System.ReadOnlyMemory<float>>> GenerateEmbeddingsAsync(System.Collections.Generic.IList<string> data, Kernel? kernel = null); }
}
