using System.Collections.Generic;
using System.Threading;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.CodeEvidence.Flow;

/// <summary>
/// The APIs the prompt-flow analysis knows, resolved once per compilation: where a value becomes part of a prompt
/// (sinks, with the role it takes), where a request or a classified value comes from (sources), and what ends a flow
/// (redactors). Packages: Microsoft.Extensions.AI 10/11, OpenAI 2.x, Semantic Kernel 1.8x, Microsoft Agent Framework
/// 1.x, ASP.NET Core 8-10, Microsoft.Extensions.Compliance 8-11.
/// </summary>
internal sealed class PromptFlowApis
{
    /// <summary>One API that takes prompt text. A null <see cref="Role"/> takes the role from its role argument.</summary>
    private sealed class Sink
    {
        public Sink(string member, PromptSinkRole? role, params string[] parameters)
        {
            Member = member;
            Role = role;
            Parameters = parameters;
        }

        public string Member { get; }

        public PromptSinkRole? Role { get; }

        /// <summary>The parameters that take the text; empty for a settable property.</summary>
        public string[] Parameters { get; }
    }

    // '.ctor' is a constructor; a sink without parameters is a property set by an assignment or an object initializer.
    private static readonly (string Type, Sink Sink)[] Sinks =
    {
        ("Microsoft.Extensions.AI.ChatMessage", new(".ctor", null, "content", "contents")),
        ("Microsoft.Extensions.AI.ChatOptions", new("Instructions", PromptSinkRole.Instructions)),
        ("OpenAI.Chat.SystemChatMessage", new(".ctor", PromptSinkRole.System, "content", "contentParts")),
        ("OpenAI.Chat.DeveloperChatMessage", new(".ctor", PromptSinkRole.System, "content", "contentParts")),
        ("OpenAI.Chat.UserChatMessage", new(".ctor", PromptSinkRole.User, "content", "contentParts")),
        ("OpenAI.Chat.ChatMessage", new("CreateSystemMessage", PromptSinkRole.System, "content", "contentParts")),
        ("OpenAI.Chat.ChatMessage", new("CreateDeveloperMessage", PromptSinkRole.System, "content", "contentParts")),
        ("OpenAI.Chat.ChatMessage", new("CreateUserMessage", PromptSinkRole.User, "content", "contentParts")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new(".ctor", PromptSinkRole.System, "systemMessage")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new(".ctor", null, "message")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new("AddSystemMessage", PromptSinkRole.System, "content")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new("AddDeveloperMessage", PromptSinkRole.System, "content")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new("AddUserMessage", PromptSinkRole.User, "content", "contentItems")),
        ("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", new("AddMessage", null, "content", "contentItems")),
        ("Microsoft.SemanticKernel.ChatMessageContent", new(".ctor", null, "content")),
        ("Microsoft.SemanticKernel.PromptTemplateConfig", new(".ctor", PromptSinkRole.Template, "template")),
        ("Microsoft.SemanticKernel.PromptTemplateConfig", new("Template", PromptSinkRole.Template)),
        ("Microsoft.SemanticKernel.KernelExtensions", new("InvokePromptAsync", PromptSinkRole.Template, "promptTemplate")),
        ("Microsoft.SemanticKernel.KernelExtensions", new("InvokePromptStreamingAsync", PromptSinkRole.Template, "promptTemplate")),
        ("Microsoft.SemanticKernel.KernelExtensions", new("CreateFunctionFromPrompt", PromptSinkRole.Template, "promptTemplate")),
        ("Microsoft.SemanticKernel.KernelFunctionFactory", new("CreateFromPrompt", PromptSinkRole.Template, "promptTemplate")),
        ("Microsoft.Agents.AI.ChatClientAgent", new(".ctor", PromptSinkRole.Instructions, "instructions")),
        ("Microsoft.Extensions.AI.ChatClientExtensions", new("AsAIAgent", PromptSinkRole.Instructions, "instructions")),
    };

    /// <summary>
    /// The identifiers a member's text must contain for the collector to bind it: the sinks' types and members, the
    /// tool factory, and the minimal-API mapping methods (and the compilation's aliases of them, <see cref="MentionNamesAndAliases"/>).
    /// <c>using static</c> imports are not followed.
    /// </summary>
    public static readonly HashSet<string> MentionNames = new(System.StringComparer.Ordinal)
    {
        "ChatMessage", "ChatRole", "Instructions", "SystemChatMessage", "DeveloperChatMessage", "UserChatMessage",
        "CreateSystemMessage", "CreateDeveloperMessage", "CreateUserMessage", "ChatHistory", "AddSystemMessage",
        "AddDeveloperMessage", "AddUserMessage", "AddMessage", "ChatMessageContent", "PromptTemplateConfig", "Template",
        "InvokePromptAsync", "InvokePromptStreamingAsync", "CreateFunctionFromPrompt", "CreateFromPrompt",
        "ChatClientAgent", "AsAIAgent", "AIFunctionFactory",
        "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "MapMethods",
    };

    /// <summary>The <c>HttpRequest</c> members whose values come from the client.</summary>
    private static readonly HashSet<string> RequestMembers = new(System.StringComparer.Ordinal)
    {
        "Query", "QueryString", "Form", "Headers", "Body", "BodyReader", "RouteValues", "Cookies", "Path", "PathBase",
        "ReadFromJsonAsync", "ReadFormAsync",
    };

    private static readonly HashSet<string> MappingMethods = new(System.StringComparer.Ordinal)
    {
        "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "MapMethods",
    };

    private readonly Dictionary<INamedTypeSymbol, List<Sink>> _sinksByType;
    private readonly Compilation _compilation;
    private HashSet<string>? _mentionNamesAndAliases;

    private PromptFlowApis(Dictionary<INamedTypeSymbol, List<Sink>> sinksByType, Compilation compilation)
    {
        _sinksByType = sinksByType;
        _compilation = compilation;
        ChatRole = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatRole");
        AuthorRole = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.ChatCompletion.AuthorRole");
        MeaiChatMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatMessage");
        AIFunctionFactory = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.AIFunctionFactory");
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        Redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
        DataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        NoDataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
        UnknownDataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute");
        PersonalDataAttribute = compilation.GetTypeByMetadataName("AiCompliance.PersonalDataAttribute");
        HttpRequest = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpRequest");
        HttpRequestJsonExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpRequestJsonExtensions");
        EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        ControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        ApiControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
        NonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        NonControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonControllerAttribute");
        FromServicesAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.FromServicesAttribute");
        FromKeyedServicesAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute");
        FromServicesMetadata = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromServiceMetadata");
        RequestBindingMetadata = new[]
        {
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromBodyMetadata"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromQueryMetadata"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromRouteMetadata"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromFormMetadata"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Metadata.IFromHeaderMetadata"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.AsParametersAttribute"),
        };
        NotRequestTypes = new[]
        {
            compilation.GetTypeByMetadataName("System.Threading.CancellationToken"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpContext"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpRequest"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponse"),
            compilation.GetTypeByMetadataName("System.Security.Claims.ClaimsPrincipal"),
        };
        FormTypes = new[]
        {
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IFormFile"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IFormFileCollection"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IFormCollection"),
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Primitives.StringValues"),
        };
    }

    public INamedTypeSymbol? ChatRole { get; }

    public INamedTypeSymbol? AuthorRole { get; }

    public INamedTypeSymbol? MeaiChatMessage { get; }

    public INamedTypeSymbol? AIFunctionFactory { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? Redactor { get; }

    public INamedTypeSymbol? DataClassificationAttribute { get; }

    public INamedTypeSymbol? NoDataClassificationAttribute { get; }

    public INamedTypeSymbol? UnknownDataClassificationAttribute { get; }

    public INamedTypeSymbol? PersonalDataAttribute { get; }

    public INamedTypeSymbol? HttpRequest { get; }

    public INamedTypeSymbol? HttpRequestJsonExtensions { get; }

    public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

    public INamedTypeSymbol? ControllerBase { get; }

    public INamedTypeSymbol? ControllerAttribute { get; }

    public INamedTypeSymbol? ApiControllerAttribute { get; }

    public INamedTypeSymbol? NonActionAttribute { get; }

    public INamedTypeSymbol? NonControllerAttribute { get; }

    public INamedTypeSymbol? FromServicesAttribute { get; }

    public INamedTypeSymbol? FromKeyedServicesAttribute { get; }

    public INamedTypeSymbol? FromServicesMetadata { get; }

    private INamedTypeSymbol?[] RequestBindingMetadata { get; }

    private INamedTypeSymbol?[] NotRequestTypes { get; }

    private INamedTypeSymbol?[] FormTypes { get; }

    /// <summary>Whether the compilation references ASP.NET Core, the only source of request input the analysis knows.</summary>
    public bool ReferencesAspNetCore => HttpRequest is not null;

    /// <summary>
    /// <see cref="MentionNames"/> and the aliases (<c>using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;</c>)
    /// whose target ends in one: code that must tell two <c>ChatMessage</c> types apart writes such aliases, and nothing
    /// in its members then names the API. Read once per compilation, by the first member that asks.
    /// </summary>
    public HashSet<string> MentionNamesAndAliases(CancellationToken cancellationToken)
    {
        var names = Volatile.Read(ref _mentionNamesAndAliases);
        if (names is null)
        {
            names = new HashSet<string>(MentionNames, System.StringComparer.Ordinal);
            foreach (var directive in NameImportingUsings.Of(_compilation, cancellationToken).Aliases)
            {
                if (NameImportingUsings.LastName(directive.Name) is { } target && MentionNames.Contains(target))
                {
                    names.Add(directive.Alias!.Name.Identifier.ValueText);
                }
            }

            names = Interlocked.CompareExchange(ref _mentionNamesAndAliases, names, null) ?? names;
        }

        return names;
    }

    /// <summary>The sink APIs the compilation references, or <see langword="null"/> when it references none of them.</summary>
    public static PromptFlowApis? Resolve(Compilation compilation)
    {
        var sinksByType = new Dictionary<INamedTypeSymbol, List<Sink>>(SymbolEqualityComparer.Default);
        foreach (var (typeName, sink) in Sinks)
        {
            // Every type of the name: the Agent Framework's AsAIAgent is on a Microsoft.Extensions.AI.ChatClientExtensions
            // of its own, beside the one of Microsoft.Extensions.AI, and GetTypeByMetadataName returns neither.
            foreach (var type in compilation.GetTypesByMetadataName(typeName))
            {
                if (!sinksByType.TryGetValue(type, out var list))
                {
                    sinksByType.Add(type, list = new List<Sink>());
                }

                list.Add(sink);
            }
        }

        var apis = new PromptFlowApis(sinksByType, compilation);
        return sinksByType.Count == 0 && apis.AIFunctionFactory is null ? null : apis;
    }

    /// <summary>
    /// Whether <paramref name="method"/> (a constructor or method) takes prompt text in <paramref name="parameter"/>, and
    /// with which role; <paramref name="roleFromArgument"/> says the role is the call's role argument.
    /// </summary>
    public bool IsSinkParameter(IMethodSymbol method, IParameterSymbol parameter, out PromptSinkRole role, out bool roleFromArgument)
    {
        role = default;
        roleFromArgument = false;
        if (method.ContainingType is not { } type || !_sinksByType.TryGetValue(type.OriginalDefinition, out var sinks))
        {
            return false;
        }

        var member = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
        foreach (var sink in sinks)
        {
            if (sink.Member == member && System.Array.IndexOf(sink.Parameters, parameter.Name) >= 0)
            {
                roleFromArgument = sink.Role is null;
                role = sink.Role ?? default;
                return true;
            }
        }

        return false;
    }

    /// <summary>The role a settable property gives the text assigned to it, or <see langword="null"/> for any other property.</summary>
    public PromptSinkRole? PropertyRole(IPropertySymbol property)
    {
        if (property.ContainingType is { } type && _sinksByType.TryGetValue(type.OriginalDefinition, out var sinks))
        {
            foreach (var sink in sinks)
            {
                if (sink.Parameters.Length == 0 && sink.Member == property.Name)
                {
                    return sink.Role;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The role a role argument names: only the constant members <c>ChatRole.System</c>/<c>User</c> (and Semantic
    /// Kernel's <c>AuthorRole</c>, with <c>Developer</c> as a system role); anything else is not guessed.
    /// </summary>
    public PromptSinkRole? RoleOf(IOperation value)
    {
        var current = value;
        while (current is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        if (current is Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation { Instance: null, Property: var property } &&
            (SymbolEqualityComparer.Default.Equals(property.ContainingType, ChatRole) || SymbolEqualityComparer.Default.Equals(property.ContainingType, AuthorRole)))
        {
            return property.Name switch
            {
                "System" or "Developer" => PromptSinkRole.System,
                "User" => PromptSinkRole.User,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>Whether a property or method of <c>HttpRequest</c> (or its JSON extensions) returns what the client sent.</summary>
    public bool IsRequestMember(ISymbol member) =>
        RequestMembers.Contains(member.Name) &&
        (CodeEvidenceApis.IsOrDerives(member.ContainingType, HttpRequest) ||
         SymbolEqualityComparer.Default.Equals(member.ContainingType, HttpRequestJsonExtensions));

    /// <summary>Whether a method maps a minimal-API endpoint whose handler is a delegate argument.</summary>
    public bool IsEndpointMapping(IMethodSymbol method) =>
        MappingMethods.Contains(method.Name) && SymbolEqualityComparer.Default.Equals(method.ContainingType, EndpointRouteBuilderExtensions);

    /// <summary>Whether a redactor ends the flow: <c>Redactor.Redact</c> (and <c>TryRedact</c>) on any redactor.</summary>
    public bool IsRedaction(IMethodSymbol method) =>
        (method.Name is "Redact" or "TryRedact") && CodeEvidenceApis.IsOrDerives(method.ContainingType, Redactor);

    /// <summary>The classification that makes a member or parameter personal data: <c>[PersonalData]</c> or a <c>DataClassificationAttribute</c>.</summary>
    public bool IsClassified(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, PersonalDataAttribute))
            {
                return true;
            }

            // [NoDataClassification] and [UnknownDataClassification] derive from it but say "not classified".
            if (CodeEvidenceApis.IsOrDerives(type, DataClassificationAttribute) &&
                !CodeEvidenceApis.IsOrDerives(type, NoDataClassificationAttribute) &&
                !CodeEvidenceApis.IsOrDerives(type, UnknownDataClassificationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is an MVC controller: derives from <c>ControllerBase</c>, or carries (or inherits) <c>[Controller]</c>/<c>[ApiController]</c>.</summary>
    public bool IsController(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || HasAttribute(type, NonControllerAttribute))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ControllerBase) || HasAttribute(current, ControllerAttribute) || HasAttribute(current, ApiControllerAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a method of a controller is an action: public, an instance method, not <c>[NonAction]</c>.</summary>
    public bool IsAction(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic &&
        !method.IsAbstract && !method.IsGenericMethod && !HasAttribute(method, NonActionAttribute) && IsController(method.ContainingType);

    /// <summary>
    /// Whether ASP.NET Core binds a handler or action parameter from the request. Explicit <c>[FromBody]</c>,
    /// <c>[FromQuery]</c>, <c>[FromRoute]</c>, <c>[FromForm]</c>, <c>[FromHeader]</c> and <c>[AsParameters]</c> say so; services
    /// (<c>[FromServices]</c>, <c>[FromKeyedServices]</c>), <c>CancellationToken</c>, <c>HttpContext</c>, <c>HttpRequest</c>,
    /// <c>HttpResponse</c> and <c>ClaimsPrincipal</c> are not. Without an attribute, the framework infers a service for a
    /// type registered in the container, which the code does not show: only the types that cannot be services are taken as
    /// request data (strings, numbers, enums, dates, <c>Guid</c>, <c>Uri</c>, form files, their arrays and nullables, and
    /// the application's own concrete types); interfaces, abstract classes, delegates and other framework types are not.
    /// </summary>
    public bool IsRequestBound(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (CodeEvidenceApis.IsOrDerives(type, FromServicesAttribute) || CodeEvidenceApis.IsOrDerives(type, FromKeyedServicesAttribute) || Implements(type, FromServicesMetadata))
            {
                return false;
            }
        }

        if (parameter.RefKind == RefKind.Out || IsOneOf(parameter.Type, NotRequestTypes))
        {
            return false;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            foreach (var metadata in RequestBindingMetadata)
            {
                if (metadata is not null && (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, metadata) || Implements(attribute.AttributeClass, metadata)))
                {
                    return true;
                }
            }
        }

        return IsBindableByInference(parameter.Type);
    }

    private bool IsBindableByInference(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return IsBindableByInference(array.ElementType);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsBindableByInference(nullable.TypeArguments[0]);
        }

        if (type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String || type.SpecialType == SpecialType.System_DateTime ||
            type.TypeKind == TypeKind.Enum || IsOneOf(type, FormTypes))
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || named.TypeKind is TypeKind.Interface or TypeKind.Delegate or TypeKind.TypeParameter || named.IsAbstract)
        {
            return false;
        }

        var ns = named.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns == "System")
        {
            return named.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Uri";
        }

        // Framework types (a Kernel, a logger) come from the container; the application's own types from the body.
        return !(ns.StartsWith("System.", System.StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal) || ns.StartsWith("OpenAI", System.StringComparison.Ordinal));
    }

    /// <summary>Whether a type is a collection a flow follows values into (a list, an array; not a string).</summary>
    public static bool IsCollection(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_Collections_IEnumerable)
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ITypeSymbol type, INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(INamedTypeSymbol? type, INamedTypeSymbol? contract)
    {
        if (type is null || contract is null)
        {
            return false;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, contract))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (CodeEvidenceApis.IsOrDerives(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }
}
