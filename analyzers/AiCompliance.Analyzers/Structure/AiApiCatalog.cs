using System;
using System.Collections.Generic;
using AiCompliance.Policy;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// One family of AI client libraries that AIC001 recognises: the namespaces its public API lives in and the
/// assemblies that ship it. A type belongs to the family only when both match, so user code that declares its own
/// <c>OpenAI.Chat.ChatClient</c> or a look-alike library in another assembly is never taken for the real thing.
/// </summary>
internal sealed class AiApiFamily
{
    public AiApiFamily(string name, string[] namespaces, string[] assemblies, bool hasWiringBuilders = false)
    {
        Name = name;
        Namespaces = namespaces;
        Assemblies = assemblies;
        HasWiringBuilders = hasWiringBuilders;
    }

    /// <summary>The family's name, as the rule's documentation lists it.</summary>
    public string Name { get; }

    /// <summary>Namespace prefixes: a namespace matches when it equals one or starts with it followed by a dot.</summary>
    public string[] Namespaces { get; }

    /// <summary>Assembly names: exact, or a prefix when the pattern ends with <c>*</c>.</summary>
    public string[] Assemblies { get; }

    /// <summary>
    /// Whether the family's <c>*Builder</c> types (ChatClientBuilder, IKernelBuilder, …) only wire clients into a
    /// pipeline or a container: calls on them are registration, not use.
    /// </summary>
    public bool HasWiringBuilders { get; }
}

/// <summary>The built-in table of AI API families, and the pattern matching AIC001 builds its caches from.</summary>
internal static class AiApiCatalog
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    /// <summary>The namespace of dependency-injection registration methods; calls into it are wiring.</summary>
    public const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    /// <summary>
    /// The Azure AI language, vision and document services. Their SDKs follow the Azure convention: the <c>*Client</c>
    /// types call the service's models, everything else in the namespace is a request, a result or options.
    /// </summary>
    private static readonly string[] AzureAiServiceNamespaces =
    {
        "Azure.AI.TextAnalytics", "Azure.AI.Vision.ImageAnalysis", "Azure.AI.DocumentIntelligence", "Azure.AI.FormRecognizer",
        "Azure.AI.Translation.Text", "Azure.AI.ContentSafety",
    };

    /// <summary>
    /// Namespaces whose only model-bearing types are their <c>*Client</c> classes and interfaces: the Azure SDK and AWS
    /// SDK convention, where every other type is a request, a response, a result or options.
    /// </summary>
    private static readonly string[] ClientOnlyNamespaces =
    {
        "Azure.AI.TextAnalytics", "Azure.AI.Vision.ImageAnalysis", "Azure.AI.DocumentIntelligence", "Azure.AI.FormRecognizer",
        "Azure.AI.Translation.Text", "Azure.AI.ContentSafety", "Azure.AI.Projects", "Azure.AI.Agents.Persistent",
    };

    /// <summary>The families, at most 31 (the matcher keeps a family set in an <see cref="int"/>).</summary>
    public static readonly AiApiFamily[] Families =
    {
        new("OpenAI", new[] { "OpenAI" }, new[] { "OpenAI" }),
        new("Azure OpenAI", new[] { "Azure.AI.OpenAI" }, new[] { "Azure.AI.OpenAI" }),
        new("Azure AI Inference", new[] { "Azure.AI.Inference" }, new[] { "Azure.AI.Inference" }),
        new("Microsoft.Extensions.AI", new[] { "Microsoft.Extensions.AI" }, new[] { "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.*" }, hasWiringBuilders: true),
        new("Semantic Kernel", new[] { "Microsoft.SemanticKernel" }, new[] { "Microsoft.SemanticKernel*" }, hasWiringBuilders: true),
        new("ML.NET", new[] { "Microsoft.ML", "Microsoft.Extensions.ML" }, new[] { "Microsoft.ML", "Microsoft.ML.*", "Microsoft.Extensions.ML" }, hasWiringBuilders: true),
        new("ONNX Runtime", new[] { "Microsoft.ML.OnnxRuntime" }, new[] { "Microsoft.ML.OnnxRuntime*" }),
        new("ONNX Runtime GenAI", new[] { "Microsoft.ML.OnnxRuntimeGenAI" }, new[] { "Microsoft.ML.OnnxRuntimeGenAI" }),
        new("TorchSharp", new[] { "TorchSharp" }, new[] { "TorchSharp" }),
        new("LLamaSharp", new[] { "LLama" }, new[] { "LLamaSharp" }),
        new("OllamaSharp", new[] { "OllamaSharp" }, new[] { "OllamaSharp" }),
        new("Anthropic", new[] { "Anthropic", "Anthropic.SDK" }, new[] { "Anthropic", "Anthropic.SDK" }),
        new("Google GenAI", new[] { "Google.GenAI", "Mscc.GenerativeAI", "Google.Cloud.AIPlatform.V1" }, new[] { "Google.GenAI", "Mscc.GenerativeAI", "Google.Cloud.AIPlatform.V1" }),
        new("Microsoft Agent Framework", new[] { "Microsoft.Agents.AI" }, new[] { "Microsoft.Agents.AI", "Microsoft.Agents.AI.*" }, hasWiringBuilders: true),
        new("Azure AI Foundry", new[] { "Azure.AI.Projects", "Azure.AI.Agents.Persistent" }, new[] { "Azure.AI.Projects", "Azure.AI.Agents.Persistent" }),
        new("Kernel Memory", new[] { "Microsoft.KernelMemory" }, new[] { "Microsoft.KernelMemory*" }, hasWiringBuilders: true),
        new("Model Context Protocol", new[] { "ModelContextProtocol" }, new[] { "ModelContextProtocol", "ModelContextProtocol.*" }),
        new("Azure AI services", AzureAiServiceNamespaces, AzureAiServiceNamespaces),
        new("AWS Bedrock", new[] { "Amazon.BedrockRuntime", "Amazon.BedrockAgentRuntime" }, new[] { "AWSSDK.BedrockRuntime", "AWSSDK.BedrockAgentRuntime" }),
    };

    /// <summary>The set of families (bit i = <see cref="Families"/>[i]) whose assembly patterns match a name.</summary>
    public static int AssemblyFamilies(string? assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName))
        {
            return 0;
        }

        var mask = 0;
        for (var i = 0; i < Families.Length; i++)
        {
            foreach (var pattern in Families[i].Assemblies)
            {
                if (AssemblyMatches(assemblyName!, pattern))
                {
                    mask |= 1 << i;
                    break;
                }
            }
        }

        return mask;
    }

    /// <summary>The set of families whose <c>*Builder</c> types are wiring.</summary>
    public static int WiringBuilderFamilies
    {
        get
        {
            var mask = 0;
            for (var i = 0; i < Families.Length; i++)
            {
                if (Families[i].HasWiringBuilders)
                {
                    mask |= 1 << i;
                }
            }

            return mask;
        }
    }

    /// <summary>
    /// What the model behind an API type is, as far as the type tells: the first rule whose namespace prefix matches
    /// the type's namespace and whose name fragment (if any) is in the name of the type or of a type it is nested in.
    /// More specific rules come first. A client that serves several kinds (<c>OpenAIClient</c>, <c>Kernel</c>, an
    /// ONNX <c>InferenceSession</c>, ML.NET's <c>PredictionEngine</c>) matches none: the fix then leaves Kind out.
    /// </summary>
    private static readonly (string Namespace, string? NameFragment, ModelKind? Kind)[] KindRules =
    {
        ("OpenAI.Chat", null, ModelKind.Generative),
        ("OpenAI.Responses", null, ModelKind.Generative),
        ("OpenAI.Images", null, ModelKind.Generative),
        ("OpenAI.Embeddings", null, ModelKind.Embedding),
        ("OpenAI.Audio", null, ModelKind.Speech),
        ("OpenAI.Assistants", null, ModelKind.Agent),
        ("OpenAI.Moderations", null, ModelKind.Classifier),
        ("Azure.AI.Inference", "Embedding", ModelKind.Embedding),
        ("Azure.AI.Inference", "ChatCompletions", ModelKind.Generative),
        ("Microsoft.Extensions.AI", "Embedding", ModelKind.Embedding),
        ("Microsoft.Extensions.AI", "SpeechToText", ModelKind.Speech),
        ("Microsoft.Extensions.AI", "TextToSpeech", ModelKind.Speech),
        ("Microsoft.Extensions.AI", "Chat", ModelKind.Generative),
        ("Microsoft.Extensions.AI", "ImageGenerat", ModelKind.Generative),
        ("Microsoft.SemanticKernel.Agents", null, ModelKind.Agent),
        ("Microsoft.SemanticKernel.ChatCompletion", null, ModelKind.Generative),
        ("Microsoft.SemanticKernel.TextGeneration", null, ModelKind.Generative),
        ("Microsoft.SemanticKernel.TextToImage", null, ModelKind.Generative),
        ("Microsoft.SemanticKernel.Embeddings", null, ModelKind.Embedding),
        ("Microsoft.SemanticKernel.AudioToText", null, ModelKind.Speech),
        ("Microsoft.SemanticKernel.TextToAudio", null, ModelKind.Speech),
        ("Microsoft.ML.OnnxRuntimeGenAI", null, ModelKind.Generative),
        ("Microsoft.ML.OnnxRuntime", null, null),
        ("Microsoft.ML.Vision", null, ModelKind.Vision),
        ("Microsoft.ML.Trainers", "Binary", ModelKind.Classifier),
        ("Microsoft.ML.Trainers", "Multiclass", ModelKind.Classifier),
        ("Microsoft.ML.Trainers", "Regression", ModelKind.Regressor),
        ("Microsoft.ML.Trainers", "Ranking", ModelKind.Ranking),
        ("Microsoft.ML.Trainers", "MatrixFactorization", ModelKind.Recommender),
        ("Microsoft.ML", "BinaryClassification", ModelKind.Classifier),
        ("Microsoft.ML", "MulticlassClassification", ModelKind.Classifier),
        ("Microsoft.ML", "Regression", ModelKind.Regressor),
        ("Microsoft.ML", "Ranking", ModelKind.Ranking),
        ("Microsoft.ML", "Recommendation", ModelKind.Recommender),
        ("LLama", "Embedder", ModelKind.Embedding),
        ("LLama", null, ModelKind.Generative),
        ("OllamaSharp", "Embed", ModelKind.Embedding),
        ("OllamaSharp", null, ModelKind.Generative),
        ("Anthropic", null, ModelKind.Generative),
        ("Google.GenAI", "Embed", ModelKind.Embedding),
        ("Google.GenAI", null, ModelKind.Generative),
        ("Mscc.GenerativeAI", "Embed", ModelKind.Embedding),
        ("Mscc.GenerativeAI", null, ModelKind.Generative),
        ("Microsoft.Agents.AI", null, ModelKind.Agent),
        ("Azure.AI.Agents.Persistent", null, ModelKind.Agent),
        ("Microsoft.KernelMemory", null, ModelKind.Generative),
        ("Azure.AI.Vision.ImageAnalysis", null, ModelKind.Vision),
        ("Azure.AI.DocumentIntelligence", null, ModelKind.Vision),
        ("Azure.AI.FormRecognizer", null, ModelKind.Vision),
        ("Azure.AI.TextAnalytics", null, ModelKind.Classifier),
        ("Azure.AI.ContentSafety", null, ModelKind.Classifier),
        ("Amazon.BedrockAgentRuntime", null, ModelKind.Agent),
        ("Amazon.BedrockRuntime", null, ModelKind.Generative),
    };

    /// <summary>
    /// The API types that carry data to or from a model but hold none: a type whose only AI links are these is not
    /// reported, and a report names a model-bearing type instead. Every other type of a family is model-bearing
    /// (clients, engines, kernels, agents, sessions, prediction engines, transformers, networks), so a type missing
    /// here costs precision, never recall. A rule matches when the namespace prefix matches the namespace of the
    /// outermost type and the name (null: any) equals the type's own name, or ends it when it starts with <c>*</c>.
    /// </summary>
    private static readonly (string Namespace, string? Name, string Reason)[] DataRules =
    {
        ("Microsoft.ML.Tokenizers", null, "a tokenizer splits text into tokens; it is not a model"),
        ("Microsoft.ML", "*Metrics", "evaluation metrics (accuracy, AUC, RMSE) describe a model's quality; they make no prediction"),
        ("Microsoft.ML.OnnxRuntime", "GraphOptimizationLevel", "a session setting"),
        ("Microsoft.ML.OnnxRuntime", "ExecutionMode", "a session setting"),
        ("TorchSharp", "torch", "the static torch class creates and moves tensors (torch.tensor, torch.CUDA); the model is the nn.Module"),
        ("TorchSharp", "cuda", "device queries (torch.cuda.is_available)"),
        ("TorchSharp", "Device", "where tensors live"),
        ("TorchSharp", "DeviceType", "where tensors live"),
        ("TorchSharp", "ScalarType", "the element type of a tensor"),
        ("LLama.Common", "ChatHistory", "the messages of a conversation; the model is the LLamaWeights or executor"),
        ("LLama.Common", "Message", "a message of a conversation"),
        ("LLama.Common", "AuthorRole", "the role of a message"),
        ("OllamaSharp.Models", null, "Ollama's requests, responses, messages, roles and model listings are data; the model is the OllamaApiClient or Chat"),
        ("Anthropic.SDK.Constants", null, "model-name constants"),
        ("Anthropic.SDK.Messaging", "*Parameters", "a request to the Messages API"),
        ("Anthropic.SDK.Messaging", "Message", "a message of a conversation"),
        ("Anthropic.SDK.Messaging", "SystemMessage", "a system prompt"),
        ("Anthropic.SDK.Messaging", "RoleType", "the role of a message"),
        ("Anthropic.SDK.Messaging", "Usage", "token counts of a response"),
        ("Anthropic.SDK.Messaging", "MessageResponse", "what the Messages API returned"),
        ("Anthropic.SDK.Messaging", "*Content", "the text, image or tool parts of a message"),
        ("OpenAI", "ChatCompletion", "what a ChatClient returned; the model is the client"),
        ("OpenAI", "StreamingChatCompletionUpdate", "a streamed part of what a ChatClient returned"),
        ("OpenAI", "ChatTokenUsage", "token counts of a completion"),
        ("OpenAI", "ChatToolCall", "the function call a model asked for; running it calls no model"),
        ("OpenAI", "ChatFinishReason", "why a completion ended"),
        ("OpenAI", "ChatMessageContent", "the parts of a message"),
        ("OpenAI", "ChatMessageContentPart", "a part of a message"),
        ("Azure.AI.OpenAI", "ServiceVersion", "the API version an AzureOpenAIClientOptions selects"),
        ("Azure.AI.OpenAI", "*DataSource", "a data source (Azure AI Search …) a request grounds on"),
        ("Microsoft.SemanticKernel", "FunctionResult", "what a kernel function returned"),
        ("Microsoft.SemanticKernel", "AuthorRole", "the role of a message"),
        ("Microsoft.SemanticKernel", "IKernelBuilderPlugins", "plugin registration while wiring a kernel"),
        ("Microsoft.SemanticKernel", "KernelPluginCollection", "the plugins offered to a model"),
        ("Microsoft.SemanticKernel", "*Filter", "function-invocation and prompt-render filters are middleware around a model, not one"),
        ("Microsoft.SemanticKernel", "*InvocationContext", "what a filter sees of a function call"),
        ("Microsoft.SemanticKernel", "PromptRenderContext", "what a filter sees of a rendered prompt"),
        ("Microsoft.KernelMemory", "MemoryFilter", "a search filter"),
        ("Microsoft.KernelMemory", "MemoryFilters", "search filter factories"),
        ("Microsoft.KernelMemory", "*Config", "connection settings (keys, endpoints, model names); they make no call"),
        ("Microsoft.KernelMemory", "Citation", "a source an answer cites"),
        ("Microsoft.KernelMemory", "Partition", "a cited part of a document"),
        ("Amazon.BedrockRuntime", "ConversationRole", "the role of a message"),
        ("Amazon.BedrockRuntime", "StopReason", "why a response ended"),
        ("Microsoft.ML", "*Attribute", "ML.NET schema attributes ([LoadColumn], [ColumnName], [VectorType]) describe data columns"),
        ("Microsoft.ML", "VBuffer", "a column value in ML.NET input and prediction classes"),
        ("Microsoft.ML", "IDataView", "the data flowing through a pipeline; the model is the MLContext or ITransformer that reads it"),
        ("Microsoft.ML", "DataViewSchema", "the shape of a data view"),
        ("Microsoft.ML.OnnxRuntime.Tensors", null, "tensors are inputs and outputs; the model is the InferenceSession"),
        ("Microsoft.ML.OnnxRuntime", "NamedOnnxValue", "an input or output value of an InferenceSession"),
        ("Microsoft.ML.OnnxRuntime", "OrtValue", "an input or output value of an InferenceSession"),
        ("TorchSharp", "Tensor", "tensors are data; the model is the nn.Module that computes on them"),
        ("Microsoft.Extensions.AI", "ChatMessage", "a message sent to or received from a chat client"),
        ("Microsoft.Extensions.AI", "ChatRole", "the role (system, user, assistant, tool) of a message"),
        ("Microsoft.Extensions.AI", "ChatFinishReason", "why a response ended"),
        ("Microsoft.Extensions.AI", "ChatResponse", "what a chat client returned"),
        ("Microsoft.Extensions.AI", "ChatResponseUpdate", "a streamed part of what a chat client returned"),
        ("Microsoft.Extensions.AI", "*Content", "the text, data, function call or result a message carries"),
        ("Microsoft.Extensions.AI", "Embedding", "a vector an embedding generator returned; the model is the IEmbeddingGenerator"),
        ("Microsoft.Extensions.AI", "GeneratedEmbeddings", "the vectors an embedding generator returned"),
        ("Microsoft.Extensions.AI", "UsageDetails", "token counts of a response"),
        ("Microsoft.Extensions.AI", "AdditionalPropertiesDictionary", "extra properties of a message or response"),
        ("Microsoft.Extensions.AI", "AITool", "a tool definition offered to a model"),
        ("Microsoft.Extensions.AI", "AIFunction", "a function definition offered to a model"),
        ("Microsoft.Extensions.AI", "AIFunctionFactory", "creates function definitions offered to a model"),
        ("Microsoft.Extensions.AI", "AIFunctionArguments", "the arguments a model passed to a function"),
        ("OpenAI", "*ChatMessage", "a message (system, user, assistant, tool) sent to or received from a ChatClient"),
        ("OpenAI", "ChatTool", "a tool definition offered to a model"),
        ("Microsoft.SemanticKernel", "ChatHistory", "the messages of a conversation"),
        ("Microsoft.SemanticKernel", "ChatMessageContent", "a message of a conversation"),
        ("Microsoft.SemanticKernel", "*Attribute", "[KernelFunction] and similar attributes describe functions offered to a model"),
        ("Microsoft.SemanticKernel", "*ExecutionSettings", "request parameters"),
        ("Microsoft.SemanticKernel", "KernelFunction", "a function offered to a model; the model is the Kernel that invokes it"),
        ("Microsoft.SemanticKernel", "KernelFunctionFactory", "creates functions offered to a model"),
        ("Microsoft.SemanticKernel", "KernelPlugin", "a set of functions offered to a model"),
        ("Microsoft.SemanticKernel", "KernelPluginFactory", "creates sets of functions offered to a model"),
        ("Microsoft.SemanticKernel", "KernelArguments", "the arguments of a function or prompt"),
        ("Microsoft.Agents.AI", "AgentThread", "the state of a conversation; the model is the AIAgent that runs on it"),
        ("Microsoft.Agents.AI", "AgentSession", "the state of a conversation; the model is the AIAgent that runs on it"),
        ("Microsoft.Agents.AI", "AgentRunResponse", "what an agent returned"),
        ("Microsoft.Agents.AI", "AgentRunResponseUpdate", "a streamed part of what an agent returned"),
        ("Microsoft.Agents.AI", "AgentResponse", "what an agent returned"),
        ("Microsoft.Agents.AI", "AgentResponseUpdate", "a streamed part of what an agent returned"),
        ("Microsoft.KernelMemory", "MemoryAnswer", "the answer Kernel Memory returned"),
        ("Microsoft.KernelMemory", "SearchResult", "the records Kernel Memory found"),
        ("Microsoft.KernelMemory", "Citation", "a source of an answer"),
        ("Microsoft.KernelMemory", "Document", "a document to import"),
        ("Microsoft.KernelMemory", "TagCollection", "tags of an imported document"),
        ("Microsoft.KernelMemory", "MemoryFilter", "a filter of a search"),
        ("ModelContextProtocol.Protocol", null, "messages of the protocol (tool lists, calls, results, content)"),
        ("ModelContextProtocol", "*Attribute", "[McpServerToolType], [McpServerTool] and similar attributes describe tools offered to a model"),
        ("ModelContextProtocol.Server", "McpServerTool", "a tool an MCP server offers to a model; it calls none"),
        ("ModelContextProtocol.Server", "McpServerPrompt", "a prompt an MCP server offers to a model"),
        ("ModelContextProtocol.Server", "McpServerResource", "a resource an MCP server offers to a model"),
        ("ModelContextProtocol.Server", "RequestContext", "the request a server tool handles"),
        ("ModelContextProtocol.Client", "McpClientTool", "a tool a server offers, passed to a model as an AIFunction"),
        ("ModelContextProtocol.Client", "McpClientPrompt", "a prompt a server offers"),
        ("ModelContextProtocol.Client", "McpClientResource", "a resource a server offers"),
        ("ModelContextProtocol", "*Transport", "the connection to an MCP server; the client is the McpClient that uses it"),
        ("Anthropic.Models", null, "requests, messages and results of the Anthropic API"),
        ("Anthropic.SDK.Messaging", "Message", "a message sent to or received from Claude"),
        ("Anthropic.SDK.Messaging", "MessageParameters", "request parameters"),
        ("Anthropic.SDK.Messaging", "MessageResponse", "what Claude returned"),
        ("Google.GenAI.Types", null, "requests, contents, configuration and results of the Gemini API"),
        ("Mscc.GenerativeAI", "*Request", "a request to the Gemini API"),
        ("Mscc.GenerativeAI", "*Response", "what the Gemini API returned"),
        ("Mscc.GenerativeAI", "*Config", "request configuration"),
        ("Amazon.BedrockRuntime.Model", null, "requests, messages and results of the Bedrock API; the model is the AmazonBedrockRuntimeClient"),
        ("Amazon.BedrockAgentRuntime.Model", null, "requests and results of the Bedrock agents API"),
        ("Amazon", "*Config", "client configuration (AmazonBedrockRuntimeConfig)"),
        ("LLama", "*Params", "inference and model parameters (IInferenceParams, ModelParams); the model is the LLamaWeights or executor"),
        ("", "*Options", "client and request options (OpenAIClientOptions, ChatOptions, ChatCompletionOptions) configure a call, they make none"),
    };

    /// <summary>
    /// Whether an API type only carries data (see <see cref="DataRules"/>): <paramref name="namespaceName"/> is the
    /// namespace of the outermost type, <paramref name="typeName"/> the type's own name without arity.
    /// </summary>
    public static bool IsData(string namespaceName, string typeName)
    {
        foreach (var ns in ClientOnlyNamespaces)
        {
            if (IsInNamespace(namespaceName, ns))
            {
                return !typeName.EndsWith("Client", StringComparison.Ordinal);
            }
        }

        foreach (var (ns, name, _) in DataRules)
        {
            if (ns.Length > 0 && !IsInNamespace(namespaceName, ns))
            {
                continue;
            }

            if (name is null
                || (name[0] == '*' ? typeName.EndsWith(name.Substring(1), StringComparison.Ordinal) : string.Equals(typeName, name, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The kind an API type tells (see <see cref="KindRules"/>): <paramref name="namespaceName"/> is the namespace of the
    /// outermost type, <paramref name="typeNames"/> the simple names of the type and of the types it is nested in.
    /// </summary>
    public static ModelKind? KindOf(string namespaceName, IReadOnlyList<string> typeNames)
    {
        foreach (var (ns, fragment, kind) in KindRules)
        {
            if (!IsInNamespace(namespaceName, ns))
            {
                continue;
            }

            if (fragment is null)
            {
                return kind;
            }

            foreach (var name in typeNames)
            {
                if (name.IndexOf(fragment, StringComparison.Ordinal) >= 0)
                {
                    return kind;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The kind of a model from the kinds its uses tell (bit <c>(int)kind</c> set for each): an agent if any use is an
    /// agent API, else generative if any is a chat or generation API (a retrieval pipeline that embeds and then
    /// chats produces content), else the one kind they agree on; null when none tells or two disagree.
    /// </summary>
    public static ModelKind? InferKind(int kinds)
    {
        if (kinds == 0)
        {
            return null;
        }

        foreach (var dominant in new[] { ModelKind.Agent, ModelKind.Generative })
        {
            if ((kinds & (1 << (int)dominant)) != 0)
            {
                return dominant;
            }
        }

        for (var kind = 0; kind < 31; kind++)
        {
            if (kinds == 1 << kind)
            {
                return (ModelKind)kind;
            }
        }

        return null;
    }

    private static bool IsInNamespace(string namespaceName, string prefix) =>
        namespaceName.StartsWith(prefix, StringComparison.Ordinal)
        && (namespaceName.Length == prefix.Length || namespaceName[prefix.Length] == '.');

    public static bool AssemblyMatches(string assemblyName, string pattern) =>
        pattern.EndsWith("*", StringComparison.Ordinal)
            ? assemblyName.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(assemblyName, pattern, StringComparison.Ordinal);

    /// <summary>
    /// The namespaces of the <c>aicompliance.ai_api_namespaces</c> option: separated by commas, semicolons or white
    /// space; a trailing <c>.*</c> is accepted and ignored; a leading <c>global::</c> too.
    /// </summary>
    public static IEnumerable<string> ParseNamespaces(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var part in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.StartsWith("global::", StringComparison.Ordinal))
            {
                name = name.Substring("global::".Length);
            }

            if (name.EndsWith(".*", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 2);
            }

            name = name.Trim('.');
            if (name.Length > 0)
            {
                yield return name;
            }
        }
    }
}
