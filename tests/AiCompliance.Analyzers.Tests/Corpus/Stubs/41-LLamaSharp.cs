// assembly: LLamaSharp
namespace LLama.Abstractions
{
    public interface IInferenceParams { int MaxTokens { get; set; } System.Collections.Generic.IReadOnlyList<string> AntiPrompts { get; set; } }
    public interface IModelParams { string ModelPath { get; } }
    public interface ILLamaExecutor { System.Collections.Generic.IAsyncEnumerable<string> InferAsync(string text, IInferenceParams? inferenceParams = null, System.Threading.CancellationToken token = default); }
}

namespace LLama.Common
{
    public class ModelParams(string modelPath) : LLama.Abstractions.IModelParams
    {
        public string ModelPath { get; } = modelPath;
        public uint? ContextSize { get; set; }
        public int GpuLayerCount { get; set; }
    }
    public class InferenceParams : LLama.Abstractions.IInferenceParams
    {
        public int MaxTokens { get; set; } = -1;
        public System.Collections.Generic.IReadOnlyList<string> AntiPrompts { get; set; } = [];
    }
    public enum AuthorRole { Unknown = -1, System = 0, User = 1, Assistant = 2 }
    public class ChatHistory
    {
        public sealed record Message(AuthorRole AuthorRole, string Content);
        public System.Collections.Generic.List<Message> Messages { get; } = [];
        public ChatHistory AddMessage(AuthorRole authorRole, string content) { Messages.Add(new(authorRole, content)); return this; }
    }
}

namespace LLama
{
    public sealed class LLamaWeights : System.IDisposable
    {
        public static LLamaWeights LoadFromFile(LLama.Abstractions.IModelParams @params) => new();
        public LLamaContext CreateContext(LLama.Abstractions.IModelParams @params) => new();
        public void Dispose() { }
    }
    public sealed class LLamaContext : System.IDisposable { public void Dispose() { } }
    public sealed class InteractiveExecutor(LLamaContext context) : LLama.Abstractions.ILLamaExecutor
    {
        public async System.Collections.Generic.IAsyncEnumerable<string> InferAsync(string text, LLama.Abstractions.IInferenceParams? inferenceParams = null, [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken token = default) { await System.Threading.Tasks.Task.Yield(); yield break; }
    }
    public sealed class StatelessExecutor(LLamaWeights weights, LLama.Abstractions.IModelParams @params) : LLama.Abstractions.ILLamaExecutor
    {
        public async System.Collections.Generic.IAsyncEnumerable<string> InferAsync(string text, LLama.Abstractions.IInferenceParams? inferenceParams = null, [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken token = default) { await System.Threading.Tasks.Task.Yield(); yield break; }
    }
    public sealed class ChatSession(LLama.Abstractions.ILLamaExecutor executor)
    {
        public System.Collections.Generic.IAsyncEnumerable<string> ChatAsync(LLama.Common.ChatHistory.Message message, LLama.Abstractions.IInferenceParams? inferenceParams = null) => executor.InferAsync(message.Content, inferenceParams);
        public LLama.Common.ChatHistory History { get; } = new();
    }
    public sealed class LLamaEmbedder(LLamaWeights weights, LLama.Abstractions.IModelParams @params) : System.IDisposable
    {
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<float[]>> GetEmbeddings(string text) => null!;
        public void Dispose() { }
    }
}
