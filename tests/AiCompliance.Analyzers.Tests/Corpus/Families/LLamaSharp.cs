// family: LLamaSharp
// LLamaSharp: LLamaWeights, LLamaContext, executors, ChatSession and LLamaEmbedder hold a local model; ModelParams,
// InferenceParams (and IInferenceParams implementations), ChatHistory and AuthorRole are data.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using LLama;
using LLama.Abstractions;
using LLama.Common;

// expect: report — a console chat program that loads weights and runs an interactive executor
var parameters = new ModelParams("llama-3.2-1b.gguf") { ContextSize = 2048 };
using var weights = LLamaWeights.LoadFromFile(parameters);
using var context = weights.CreateContext(parameters);
var session = new ChatSession(new InteractiveExecutor(context));
await foreach (var token in session.ChatAsync(new ChatHistory.Message(AuthorRole.User, "Hello"), new InferenceParams { MaxTokens = 64 }))
{
    Console.Write(token);
}

namespace LocalLlm
{
    // expect: report — owns the weights and context of the local model
    public sealed class LocalModelHost : IDisposable
    {
        private readonly LLamaWeights _weights;
        private readonly LLamaContext _context;

        public LocalModelHost(string path)
        {
            var parameters = new ModelParams(path) { GpuLayerCount = 20 };
            _weights = LLamaWeights.LoadFromFile(parameters);
            _context = _weights.CreateContext(parameters);
        }

        public ILLamaExecutor CreateExecutor() => new InteractiveExecutor(_context);

        public void Dispose()
        {
            _context.Dispose();
            _weights.Dispose();
        }
    }

    // expect: report — runs prompts through a stateless executor
    public sealed class StatelessCompleter(LLamaWeights weights, IModelParams parameters)
    {
        private readonly StatelessExecutor _executor = new(weights, parameters);

        public async Task<string> CompleteAsync(string prompt)
        {
            var text = new StringBuilder();
            await foreach (var piece in _executor.InferAsync(prompt, new InferenceParams { MaxTokens = 128, AntiPrompts = ["User:"] }))
            {
                text.Append(piece);
            }

            return text.ToString();
        }
    }

    // expect: report — holds a ChatSession and keeps talking to the model
    public sealed class ChatBot(ChatSession session)
    {
        public IAsyncEnumerable<string> ReplyAsync(string text) => session.ChatAsync(new ChatHistory.Message(AuthorRole.User, text));
    }

    // expect: report — computes embeddings with LLamaEmbedder
    public sealed class LocalEmbeddings(LLamaEmbedder embedder)
    {
        public async Task<float[]> EmbedAsync(string text) => (await embedder.GetEmbeddings(text))[0];
    }

    // expect: report — takes any executor and streams its output to the console
    public static class ExecutorConsole
    {
        public static async Task PrintAsync(ILLamaExecutor executor, string prompt)
        {
            await foreach (var token in executor.InferAsync(prompt))
            {
                Console.Write(token);
            }
        }
    }

    // expect: none — sampling settings implementing IInferenceParams; an options class
    public sealed class CreativeSampling : IInferenceParams
    {
        public int MaxTokens { get; set; } = 512;
        public IReadOnlyList<string> AntiPrompts { get; set; } = ["User:", "###"];
    }

    // expect: none — model file and context settings as configuration
    public sealed class LocalModelOptions
    {
        public string ModelPath { get; set; } = "models/llama.gguf";
        public uint ContextSize { get; set; } = 4096;
        public int GpuLayers { get; set; } = 0;

        public ModelParams ToParams() => new(ModelPath) { ContextSize = ContextSize, GpuLayerCount = GpuLayers };
    }

    // expect: none — saves and loads the chat history as text; history is data
    public static class HistoryFile
    {
        public static string Serialise(ChatHistory history)
        {
            var text = new StringBuilder();
            foreach (var message in history.Messages)
            {
                text.AppendLine($"{message.AuthorRole}: {message.Content}");
            }

            return text.ToString();
        }
    }

    // expect: none — builds the starting history of a persona; messages only
    public static class Personas
    {
        public static ChatHistory Pirate() => new ChatHistory().AddMessage(AuthorRole.System, "You talk like a pirate.");
    }

    // expect: none — a Blazor-style page model that edits sampling parameters only
    public sealed class SamplingSettingsPage
    {
        public InferenceParams Parameters { get; } = new() { MaxTokens = 256 };
        public void SetMaxTokens(int value) => Parameters.MaxTokens = value;
    }

    // expect: none — a transcript DTO shown in the UI
    public sealed record TranscriptLine(AuthorRole Role, string Text, DateTime At);

    // expect: none — the contract the app uses; its implementation holds the model and is reported once
    public interface ILocalChat
    {
        IAsyncEnumerable<string> AskAsync(string question);
    }

    // expect: report — implements ILocalChat with an InteractiveExecutor
    public sealed class LocalChat(LLamaContext context) : ILocalChat
    {
        private readonly InteractiveExecutor _executor = new(context);

        public IAsyncEnumerable<string> AskAsync(string question) => _executor.InferAsync(question);
    }

    // expect: none — strips anti-prompt suffixes from generated text; string handling
    public static class OutputCleaner
    {
        public static string Clean(string text) => text.Replace("User:", "").Trim();
    }

    // expect: none — downloads a GGUF file; no model is loaded
    public static class ModelDownloader
    {
        public static Uri Url(string repository, string file) => new($"https://huggingface.co/{repository}/resolve/main/{file}");
    }
}
