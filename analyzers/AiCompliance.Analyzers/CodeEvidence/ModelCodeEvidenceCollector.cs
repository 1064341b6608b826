using System.Collections.Generic;
using System.Threading;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>
/// What one declared model's code shows (<see cref="ModelCodeEvidence"/>): the model names and endpoints it passes to
/// known AI APIs and the tools it exposes to a model. It runs only for types that carry <c>[AiModel]</c>, and binds only the members
/// whose text names one of <see cref="CodeEvidenceApis.MentionNames"/> or a field or property of the type whose type
/// takes a model name (<c>_options.ModelId = …</c> is named by <c>ModelId</c>; <c>_chat = new("gpt-4o", key)</c> by
/// <c>_chat</c>): their operation trees are built on demand, so the cost is per model, not per method body (issue 18).
/// </summary>
/// <remarks>
/// The data flow is the C# language's constant folding and nothing more: a value counts when the compiler gives it a
/// constant (a literal, a <c>const</c> field or local, a concatenation of constants, an interpolated string of constant
/// strings). Anything else (a <c>static readonly</c> field, a local assigned a literal, a property, configuration, a
/// method's return, an enum member whose sent name only the package's serializer knows) is recorded as not constant. A
/// type's implicit conversion from a string (Anthropic's <c>ApiEnum</c>) is looked through to the string as written.
/// An endpoint counts as constant when it is a constant string or <c>new Uri(…)</c> of one; where it is, is the host
/// table's answer (<see cref="EndpointJurisdictions"/>). The members of nested types, partial parts in other
/// compilations, <c>using static</c> imports of the APIs and aliases of them are not read.
/// </remarks>
internal sealed class ModelCodeEvidenceCollector
{
    private readonly CodeEvidenceApis _apis;
    private readonly List<ObservedModelName> _modelNames = new();
    private readonly List<ObservedTool> _tools = new();
    private readonly List<ObservedEndpoint> _endpoints = new();

    private ModelCodeEvidenceCollector(CodeEvidenceApis apis)
    {
        _apis = apis;
    }

    public static ModelCodeEvidence Collect(INamedTypeSymbol type, Compilation compilation, CodeEvidenceApis apis, CancellationToken cancellationToken)
    {
        var collector = new ModelCodeEvidenceCollector(apis);
        var mentions = MentionsFor(type, apis);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var member in declaration.Members)
            {
                if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax || !Mentions(member, mentions))
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(reference.SyntaxTree);
                foreach (var root in MemberOperations.Of(member, model, cancellationToken))
                {
                    collector.Scan(root, cancellationToken);
                }
            }
        }

        collector.CollectAttributedTools(type);
        return collector._modelNames.Count == 0 && collector._tools.Count == 0 && collector._endpoints.Count == 0
            ? ModelCodeEvidence.Empty
            : new ModelCodeEvidence(collector._modelNames.ToArray(), collector._tools.ToArray(), collector._endpoints.ToArray());
    }

    private static HashSet<string> MentionsFor(INamedTypeSymbol type, CodeEvidenceApis apis)
    {
        var names = new HashSet<string>(CodeEvidenceApis.MentionNames, System.StringComparer.Ordinal);
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is INamedTypeSymbol named && apis.CarriesEvidence(named))
            {
                names.Add(member.Name);
            }
        }

        return names;
    }

    private static bool Mentions(SyntaxNode node, HashSet<string> names)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private void Scan(IOperation? root, CancellationToken cancellationToken)
    {
        if (root is null)
        {
            return;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation.Kind)
            {
                case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Constructor is { } constructor:
                    AddArguments(constructor, ((IObjectCreationOperation)operation).Arguments);
                    break;
                case OperationKind.Invocation:
                    var invocation = (IInvocationOperation)operation;
                    if (IsToolFactory(invocation.TargetMethod))
                    {
                        AddTool(invocation, root);
                    }
                    else if (IsMcpToolList(invocation.TargetMethod))
                    {
                        _tools.Add(new ObservedTool(McpServerToolsName, ToolSource.McpClient, ToolApproval.NotVisible, invocation.Syntax.GetLocation()));
                    }
                    else
                    {
                        AddArguments(invocation.TargetMethod, invocation.Arguments, invocation.Instance);
                    }

                    break;
                case OperationKind.SimpleAssignment:
                    var assignment = (ISimpleAssignmentOperation)operation;
                    if (assignment.Target is IPropertyReferenceOperation { Property: var property })
                    {
                        if (_apis.PropertyKind(property) is { } kind)
                        {
                            Add(assignment.Value, kind, property.ContainingType.Name + "." + property.Name);
                        }
                        else if (_apis.TakesEndpoint(property))
                        {
                            AddEndpoint(assignment.Value, property.ContainingType.Name + "." + property.Name);
                        }
                    }

                    break;
            }
        }
    }

    private bool IsToolFactory(IMethodSymbol method) =>
        method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _apis.AIFunctionFactory);

    /// <summary>What stands for the tools an MCP server lists: their names are known only when the server answers.</summary>
    internal const string McpServerToolsName = "(MCP server tools)";

    private bool IsMcpToolList(IMethodSymbol method) =>
        method.Name == "ListToolsAsync" && CodeEvidenceApis.IsOrDerives(method.ContainingType, _apis.McpClient);

    private void AddArguments(IMethodSymbol method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IOperation? instance = null)
    {
        foreach (var (parameter, kind, api) in _apis.ParametersOf(method))
        {
            foreach (var argument in arguments)
            {
                // An omitted optional argument (Ollama's defaultModel = "") names no model.
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    // C# binds azureClient.GetChatClient(…) to OpenAIClient's virtual method: the receiver tells a
                    // deployment name from a model name.
                    var effectiveKind = instance is not null && CodeEvidenceApis.IsOrDerives(instance.Type, _apis.AzureOpenAIClient) ? ModelNameKind.Deployment : kind;
                    var effectiveApi = effectiveKind == kind ? api : "AzureOpenAIClient.GetChatClient(deploymentName)";
                    Add(argument.Value, effectiveKind, effectiveApi);
                }
            }
        }

        foreach (var (parameter, api) in _apis.EndpointParametersOf(method))
        {
            foreach (var argument in arguments)
            {
                // An omitted optional endpoint is the API's default, which the code does not name.
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    AddEndpoint(argument.Value, api);
                }
            }
        }
    }

    private void AddEndpoint(IOperation value, string api)
    {
        var origin = value.Syntax.GetLocation();
        switch (ConstantUri(value))
        {
            case { IsConstant: false }:
                _endpoints.Add(new ObservedEndpoint(null, null, EndpointLocation.NotConstant, System.Array.Empty<string>(), api, origin));
                break;
            case { Text: { } text }:
                var jurisdiction = EndpointJurisdictions.Resolve(text);
                _endpoints.Add(new ObservedEndpoint(text, jurisdiction.Host, jurisdiction.Location, jurisdiction.Regions, api, origin));
                break;
        }
    }

    /// <summary>
    /// The URI text of an endpoint argument: a constant string, or <c>new Uri(&lt;constant string&gt;…)</c>. A constant
    /// <see langword="null"/> (the API's default endpoint) gives a constant without text; anything else is not constant.
    /// </summary>
    private (bool IsConstant, string? Text) ConstantUri(IOperation value)
    {
        if (value.ConstantValue.HasValue)
        {
            return (true, value.ConstantValue.Value as string);
        }

        if (Unwrap(value) is IObjectCreationOperation { Constructor: { } constructor } creation
            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _apis.Uri))
        {
            foreach (var argument in creation.Arguments)
            {
                // Uri(string) and Uri(string, UriKind) only: Uri(baseUri, relative) depends on the base.
                if (argument.Parameter?.Name == "uriString" && argument.Parameter.Ordinal == 0)
                {
                    var text = argument.Value.ConstantValue;
                    return text.HasValue && text.Value is string constant ? (true, constant) : (false, null);
                }
            }
        }

        return (false, null);
    }

    private void Add(IOperation value, ModelNameKind kind, string api)
    {
        var written = BeforeUserDefinedConversions(value);
        var constant = written.ConstantValue;
        if (constant.HasValue && written.Type?.TypeKind != TypeKind.Enum)
        {
            // A constant null or empty name selects no model (the API's own default): nothing to compare.
            if (constant.Value is string text && text.Trim().Length > 0)
            {
                _modelNames.Add(new ObservedModelName(text, kind, api, written.Syntax.GetLocation()));
            }

            return;
        }

        // An enum member (Anthropic's Model.ClaudeSonnet4_6) is constant, but the name it sends is in the package's
        // serializer, not in metadata: recorded without a value, like any value the compiler does not fold.
        _modelNames.Add(new ObservedModelName(null, kind, api, written.Syntax.GetLocation()));
    }

    /// <summary>
    /// The value as written, before the conversions an API type defines (Anthropic's <c>ApiEnum</c> takes a string or
    /// an enum member through implicit operators, which hide the constant from <see cref="IOperation.ConstantValue"/>).
    /// </summary>
    private static IOperation BeforeUserDefinedConversions(IOperation value)
    {
        var current = value;
        while (current is IConversionOperation { OperatorMethod: not null } conversion)
        {
            current = conversion.Operand;
        }

        return current;
    }

    private void AddTool(IInvocationOperation invocation, IOperation root)
    {
        string? name = null;
        string? method = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            switch (argument.Parameter?.Name)
            {
                case "name" when argument.Value.ConstantValue is { HasValue: true, Value: string text } && text.Trim().Length > 0:
                    name = text;
                    break;
                case "method":
                    method = MethodName(argument.Value);
                    break;
            }
        }

        var approval = RequiresApproval(invocation, root) ? ToolApproval.Required : ToolApproval.NotRequired;
        _tools.Add(new ObservedTool(name ?? method ?? "(lambda)", ToolSource.AIFunctionFactory, approval, invocation.Syntax.GetLocation()));
    }

    /// <summary>The name of the method a delegate argument refers to; <see langword="null"/> for a lambda.</summary>
    private static string? MethodName(IOperation value)
    {
        var current = value;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        return current switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference.Method.Name,
            IMethodReferenceOperation reference => reference.Method.Name,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the tool created by <paramref name="creation"/> is wrapped in <c>ApprovalRequiredAIFunction</c> (or a
    /// type derived from it): directly (<c>new ApprovalRequiredAIFunction(AIFunctionFactory.Create(…))</c>), or through a
    /// local that the same body wraps (<c>var tool = AIFunctionFactory.Create(…); … new ApprovalRequiredAIFunction(tool)</c>).
    /// </summary>
    private bool RequiresApproval(IOperation creation, IOperation root)
    {
        var parent = Unconverted(creation).Parent;
        if (parent is IArgumentOperation { Parent: IObjectCreationOperation wrapper })
        {
            return IsApprovalWrapper(wrapper);
        }

        if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (operation is IObjectCreationOperation candidate && IsApprovalWrapper(candidate))
                {
                    foreach (var argument in candidate.Arguments)
                    {
                        if (Unwrap(argument.Value) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private bool IsApprovalWrapper(IObjectCreationOperation creation) =>
        CodeEvidenceApis.IsOrDerives(creation.Type, _apis.ApprovalRequiredAIFunction);

    /// <summary>The outermost implicit or explicit conversion of a value (a tool passed as an <c>AITool</c>).</summary>
    private static IOperation Unconverted(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        return current;
    }

    /// <summary>The value under its implicit and explicit conversions.</summary>
    internal static IOperation Unwrap(IOperation value)
    {
        var current = value;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        return current;
    }

    /// <summary>
    /// The type's <c>[KernelFunction]</c> and <c>[McpServerTool]</c> methods: read from the symbols, no binding. Both
    /// frameworks ask for approval outside the tool (filters, the client's consent), so the code does not tell.
    /// </summary>
    private void CollectAttributedTools(INamedTypeSymbol type)
    {
        if (_apis.KernelFunctionAttribute is null && _apis.McpServerToolAttribute is null)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method || method.Locations.IsEmpty)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                var source = SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _apis.KernelFunctionAttribute) ? ToolSource.KernelFunction
                    : SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _apis.McpServerToolAttribute) ? ToolSource.McpServerTool
                    : (ToolSource?)null;
                if (source is { } known)
                {
                    _tools.Add(new ObservedTool(method.Name, known, ToolApproval.NotVisible, method.Locations[0]));
                    break;
                }
            }
        }
    }
}
