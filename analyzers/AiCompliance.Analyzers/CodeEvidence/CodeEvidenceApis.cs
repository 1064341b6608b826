using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>
/// The AI APIs whose arguments the code-evidence collector reads, resolved once per compilation. The parameter names
/// are those of the packages' public APIs: OpenAI 2.x, Azure.AI.OpenAI 2.x, Microsoft.Extensions.AI 10/11, Semantic
/// Kernel 1.8x connectors, OllamaSharp 5.x, ModelContextProtocol 2.x, Microsoft.Extensions.AI.OpenAI 11, Anthropic 13,
/// Azure.AI.Inference 1.0.0-beta.5, LLamaSharp 0.30, ONNX Runtime 1.32 and its GenAI 0.20, ML.NET 6, TorchSharp 0.107. A site takes either a model name or an endpoint
/// (a <c>Uri</c>, or a <c>string</c> where the API takes the URI as text).
/// </summary>
internal sealed class CodeEvidenceApis
{
    /// <summary>A parameter (or, with <see cref="Parameter"/> null, a settable property) that takes a model name or an endpoint.</summary>
    private sealed class Site
    {
        public Site(string typeName, string member, string? parameter, ModelNameKind kind)
        {
            TypeName = typeName;
            Member = member;
            Parameter = parameter;
            Kind = kind;
        }

        private Site(string typeName, string member, string? parameter)
            : this(typeName, member, parameter, default)
        {
            TakesEndpoint = true;
        }

        public static Site Endpoint(string typeName, string member, string? parameter) => new(typeName, member, parameter);

        /// <summary>Whether the site takes an endpoint; <see cref="Kind"/> then means nothing.</summary>
        public bool TakesEndpoint { get; }

        public string TypeName { get; }

        public string Member { get; }

        public string? Parameter { get; }

        public ModelNameKind Kind { get; }
    }

    // '.ctor' is a constructor; a null parameter is the property itself, set by an assignment or an object initializer.
    private static readonly Site[] Sites =
    {
        new("OpenAI.Chat.ChatClient", ".ctor", "model", ModelNameKind.Model),
        new("OpenAI.OpenAIClient", "GetChatClient", "model", ModelNameKind.Model),
        new("Azure.AI.OpenAI.AzureOpenAIClient", "GetChatClient", "deploymentName", ModelNameKind.Deployment),
        new("Microsoft.Extensions.AI.ChatOptions", "ModelId", null, ModelNameKind.Model),
        new("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "AddOpenAIChatCompletion", "modelId", ModelNameKind.Model),
        new("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "AddOpenAIChatCompletion", "modelId", ModelNameKind.Model),
        new("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", "AddAzureOpenAIChatCompletion", "deploymentName", ModelNameKind.Deployment),
        new("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", "AddAzureOpenAIChatCompletion", "modelId", ModelNameKind.Model),
        new("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatCompletion", "deploymentName", ModelNameKind.Deployment),
        new("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatCompletion", "modelId", ModelNameKind.Model),
        new("OllamaSharp.OllamaApiClient", ".ctor", "defaultModel", ModelNameKind.Model),
        new("OllamaSharp.OllamaApiClient", "SelectedModel", null, ModelNameKind.Model),
        new("OllamaSharp.Chat", "Model", null, ModelNameKind.Model),
        new("OllamaSharp.Models.Chat.ChatRequest", "Model", null, ModelNameKind.Model),
        new("OllamaSharp.Models.GenerateRequest", "Model", null, ModelNameKind.Model),
        new("OllamaSharp.Models.EmbedRequest", "Model", null, ModelNameKind.Model),
        new("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsIChatClient", "defaultModelId", ModelNameKind.Model),
        new("Microsoft.Extensions.AI.AnthropicClientExtensions", "AsIChatClient", "defaultModelId", ModelNameKind.Model),
        new("Microsoft.Extensions.AI.AnthropicBetaClientExtensions", "AsIChatClient", "defaultModelId", ModelNameKind.Model),
        new("Anthropic.Models.Messages.MessageCreateParams", "Model", null, ModelNameKind.Model),
        new("Anthropic.Models.Beta.Messages.MessageCreateParams", "Model", null, ModelNameKind.Model),
        // Azure AI Inference's model selects a deployment of an Azure AI Foundry resource, named by its owner.
        new("Azure.AI.Inference.ChatCompletionsOptions", "Model", null, ModelNameKind.Deployment),
        new("Azure.AI.Inference.EmbeddingsOptions", "Model", null, ModelNameKind.Deployment),
        new("LLama.Common.ModelParams", ".ctor", "modelPath", ModelNameKind.File),
        new("LLama.Common.ModelParams", "ModelPath", null, ModelNameKind.File),
        new("Microsoft.ML.OnnxRuntimeGenAI.Model", ".ctor", "modelPath", ModelNameKind.File),
        new("Microsoft.ML.OnnxRuntimeGenAI.Config", ".ctor", "modelPath", ModelNameKind.File),
        new("Microsoft.ML.OnnxRuntimeGenAI.OnnxRuntimeGenAIChatClient", ".ctor", "modelPath", ModelNameKind.File),
        new("Microsoft.ML.OnnxRuntime.InferenceSession", ".ctor", "modelPath", ModelNameKind.File),
        new("Microsoft.ML.ModelOperationsCatalog", "Load", "filePath", ModelNameKind.File),
        new("Microsoft.ML.ModelOperationsCatalog", "LoadWithDataLoader", "filePath", ModelNameKind.File),
        new("TorchSharp.torch+jit", "load", "filename", ModelNameKind.File),
        new("TorchSharp.torch+nn+Module", "load", "location", ModelNameKind.File),
        Site.Endpoint("OpenAI.OpenAIClientOptions", "Endpoint", null),
        Site.Endpoint("Azure.AI.OpenAI.AzureOpenAIClient", ".ctor", "endpoint"),
        Site.Endpoint("Azure.AI.Inference.ChatCompletionsClient", ".ctor", "endpoint"),
        Site.Endpoint("Azure.AI.Inference.EmbeddingsClient", ".ctor", "endpoint"),
        Site.Endpoint("Azure.AI.Inference.ImageEmbeddingsClient", ".ctor", "endpoint"),
        Site.Endpoint("OllamaSharp.OllamaApiClient", ".ctor", "uriString"),
        Site.Endpoint("OllamaSharp.OllamaApiClient", ".ctor", "uri"),
        Site.Endpoint("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "AddOpenAIChatCompletion", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "AddOpenAIChatCompletion", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.OpenAIChatClientKernelBuilderExtensions", "AddOpenAIChatClient", "endpoint"),
        Site.Endpoint("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions", "AddOpenAIChatClient", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", ".ctor", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", "AddAzureOpenAIChatCompletion", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", "AddAzureOpenAIChatClient", "endpoint"),
        Site.Endpoint("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatCompletion", "endpoint"),
        Site.Endpoint("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatClient", "endpoint"),
    };

    /// <summary>
    /// The identifiers a member's text must contain for the collector to bind it: the sites' types and members, and
    /// the tool factory. <c>using static</c> imports and aliases of them are not followed (documented).
    /// </summary>
    public static readonly IReadOnlyCollection<string> MentionNames = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "ChatClient", "GetChatClient", "ModelId", "AddOpenAIChatCompletion", "AddAzureOpenAIChatCompletion", "OllamaApiClient", "SelectedModel", "AIFunctionFactory",
        "Model", "AsIChatClient", "ModelParams", "ModelPath", "Config", "OnnxRuntimeGenAIChatClient", "InferenceSession", "Load", "LoadWithDataLoader", "load", "ListToolsAsync",
        "Endpoint", "OpenAIClientOptions", "AzureOpenAIClient", "AddOpenAIChatClient", "AddAzureOpenAIChatClient", "OpenAIChatCompletionService",
        "ChatCompletionsClient", "EmbeddingsClient", "ImageEmbeddingsClient",
    };

    private readonly Dictionary<INamedTypeSymbol, List<Site>> _sitesByType;

    private CodeEvidenceApis(Dictionary<INamedTypeSymbol, List<Site>> sitesByType, Compilation compilation)
    {
        _sitesByType = sitesByType;
        AzureOpenAIClient = compilation.GetTypeByMetadataName("Azure.AI.OpenAI.AzureOpenAIClient");
        AIFunctionFactory = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.AIFunctionFactory");
        ApprovalRequiredAIFunction = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ApprovalRequiredAIFunction");
        KernelFunctionAttribute = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelFunctionAttribute");
        McpServerToolAttribute = compilation.GetTypeByMetadataName("ModelContextProtocol.Server.McpServerToolAttribute");
        McpClient = compilation.GetTypeByMetadataName("ModelContextProtocol.Client.McpClient");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
    }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? AzureOpenAIClient { get; }

    public INamedTypeSymbol? AIFunctionFactory { get; }

    public INamedTypeSymbol? ApprovalRequiredAIFunction { get; }

    public INamedTypeSymbol? KernelFunctionAttribute { get; }

    public INamedTypeSymbol? McpServerToolAttribute { get; }

    public INamedTypeSymbol? McpClient { get; }

    /// <summary>The APIs the compilation references, or <see langword="null"/> when it references none of them.</summary>
    public static CodeEvidenceApis? Resolve(Compilation compilation)
    {
        var sitesByType = new Dictionary<INamedTypeSymbol, List<Site>>(SymbolEqualityComparer.Default);
        foreach (var site in Sites)
        {
            if (compilation.GetTypeByMetadataName(site.TypeName) is { } type)
            {
                if (!sitesByType.TryGetValue(type, out var list))
                {
                    sitesByType.Add(type, list = new List<Site>());
                }

                list.Add(site);
            }
        }

        var apis = new CodeEvidenceApis(sitesByType, compilation);
        return sitesByType.Count == 0 && apis.AIFunctionFactory is null && apis.KernelFunctionAttribute is null && apis.McpServerToolAttribute is null && apis.McpClient is null
            ? null
            : apis;
    }

    /// <summary>The model-name parameters of a method or constructor, with their kind.</summary>
    public IEnumerable<(string Parameter, ModelNameKind Kind, string Api)> ParametersOf(IMethodSymbol method)
    {
        if (method.ContainingType is { } type && _sitesByType.TryGetValue(type.OriginalDefinition, out var sites))
        {
            var member = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
            foreach (var site in sites)
            {
                if (!site.TakesEndpoint && site.Member == member && site.Parameter is { } parameter)
                {
                    var call = method.MethodKind == MethodKind.Constructor ? "new " + type.Name : type.Name + "." + method.Name;
                    yield return (parameter, site.Kind, call + "(" + parameter + ")");
                }
            }
        }
    }

    /// <summary>The kind of model name a property takes, or <see langword="null"/> for any other property.</summary>
    public ModelNameKind? PropertyKind(IPropertySymbol property)
    {
        if (property.ContainingType is { } type && _sitesByType.TryGetValue(type.OriginalDefinition, out var sites))
        {
            foreach (var site in sites)
            {
                if (!site.TakesEndpoint && site.Parameter is null && site.Member == property.Name)
                {
                    return site.Kind;
                }
            }
        }

        return null;
    }

    /// <summary>The endpoint parameters of a method or constructor, with the API as the evidence names it.</summary>
    public IEnumerable<(string Parameter, string Api)> EndpointParametersOf(IMethodSymbol method)
    {
        if (method.ContainingType is { } type && _sitesByType.TryGetValue(type.OriginalDefinition, out var sites))
        {
            var member = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
            foreach (var site in sites)
            {
                if (site.TakesEndpoint && site.Member == member && site.Parameter is { } parameter)
                {
                    var call = method.MethodKind == MethodKind.Constructor ? "new " + type.Name : type.Name + "." + method.Name;
                    yield return (parameter, call + "(" + parameter + ")");
                }
            }
        }
    }

    /// <summary>Whether a property takes an endpoint (<c>OpenAIClientOptions.Endpoint</c>).</summary>
    public bool TakesEndpoint(IPropertySymbol property)
    {
        if (property.ContainingType is { } type && _sitesByType.TryGetValue(type.OriginalDefinition, out var sites))
        {
            foreach (var site in sites)
            {
                if (site.TakesEndpoint && site.Parameter is null && site.Member == property.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a field or property of this type can carry a model name or an endpoint (<c>_options.ModelId = …</c>).</summary>
    public bool CarriesEvidence(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_sitesByType.ContainsKey(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is, or derives from, <paramref name="baseType"/>.</summary>
    public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
