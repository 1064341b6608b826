using System.Collections.Generic;
using System.Threading;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiCompliance.Analyzers.CodeEvidence.Flow;

/// <summary>
/// The intraprocedural taint analysis shared by AIC404 and AIC405: inside one body (a member's code with the lambdas
/// and local functions written in it, or a program's top-level statements), which values from a request or from a
/// classified member reach a prompt sink (<see cref="PromptFlowApis"/>).
/// </summary>
/// <remarks>
/// <para>
/// It follows: locals and parameters through every assignment in the body (declaration, <c>=</c>, <c>+=</c>,
/// re-assignment; flow-insensitive, so a variable assigned a tainted value anywhere in the body is tainted everywhere in
/// it), string interpolation, <c>+</c>, <c>string.Format</c>, <c>string.Concat</c>, <c>string.Join</c>, the string
/// methods that return part of their text (<c>Trim*</c>, <c>ToUpper*</c>, <c>ToLower*</c>, <c>Replace</c>, <c>Substring</c>,
/// <c>PadLeft</c>, <c>PadRight</c>, <c>Insert</c>, <c>Remove</c>, <c>Normalize</c>), <c>ToString()</c> of a tainted value,
/// <c>StringBuilder</c> (<c>new StringBuilder(x)</c>, <c>Append*</c>, <c>Insert</c>, <c>Replace</c>, <c>ToString</c>, on a
/// local or a chain), collections (initialisers, collection expressions, arrays, <c>Add</c>/<c>AddRange</c>/<c>Insert</c>
/// on a local), message objects (<c>TextContent</c>, OpenAI content parts, object initialisers of message types), the
/// members and elements of a tainted value (<c>dto.Question</c>, <c>Request.Query["q"]</c>), <c>await</c>, <c>?:</c> and <c>??</c>.
/// </para>
/// <para>
/// It does not follow: fields and properties used as storage (a value written to one and read back), other methods'
/// bodies (a call's result is clean unless it is one of the string-building methods above), <c>out</c>/<c>ref</c>
/// arguments, deconstruction, <c>foreach</c> variables, reflection, or state kept across <c>await</c> other than in
/// locals. A <c>Redactor.Redact</c> (<c>TryRedact</c>) call ends a personal-data flow, whatever redactor
/// (<c>IRedactorProvider.GetRedactor(…)</c>) it is on.
/// </para>
/// </remarks>
internal sealed class PromptTaintEngine
{
    private const int MaxRounds = 8;
    private const int MaxDepth = 64;

    private static readonly HashSet<string> StringBuildingMethods = new(System.StringComparer.Ordinal)
    {
        "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToUpperInvariant", "ToLower", "ToLowerInvariant", "Replace",
        "Substring", "PadLeft", "PadRight", "Insert", "Remove", "Normalize",
    };

    private static readonly HashSet<string> StringCombiningMethods = new(System.StringComparer.Ordinal) { "Format", "Concat", "Join" };

    private static readonly HashSet<string> CollectionAddMethods = new(System.StringComparer.Ordinal) { "Add", "AddRange", "Insert", "InsertRange" };

    private readonly PromptFlowApis _apis;
    private readonly HashSet<IParameterSymbol> _requestParameters;
    private readonly bool _parametersOnly;
    private readonly Dictionary<ISymbol, Taint> _variables = new(SymbolEqualityComparer.Default);
    private readonly List<PromptFlow> _flows;
    private readonly CancellationToken _cancellationToken;

    private PromptTaintEngine(PromptFlowApis apis, HashSet<IParameterSymbol> requestParameters, bool parametersOnly, List<PromptFlow> flows, CancellationToken cancellationToken)
    {
        _apis = apis;
        _requestParameters = requestParameters;
        _parametersOnly = parametersOnly;
        _flows = flows;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Adds to <paramref name="flows"/> the flows of one body. <paramref name="requestParameters"/> are the parameters
    /// bound from the request (an action's; the engine adds those of the minimal-API lambdas it finds); with
    /// <paramref name="parametersOnly"/> they are the only sources (a handler method analysed for its mapping, whose
    /// other sources its own type's analysis reports). Method-group handlers found are added to <paramref name="handlers"/>.
    /// </summary>
    public static void Analyze(IReadOnlyList<IOperation> roots, PromptFlowApis apis, HashSet<IParameterSymbol> requestParameters, bool parametersOnly, List<PromptFlow> flows, List<IMethodSymbol> handlers, CancellationToken cancellationToken)
    {
        var engine = new PromptTaintEngine(apis, requestParameters, parametersOnly, flows, cancellationToken);
        engine.FindHandlers(roots, handlers);
        for (var round = 0; round < MaxRounds && engine.Propagate(roots); round++)
        {
        }

        foreach (var root in roots)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                engine.FindSinks(operation);
            }
        }
    }

    private void FindHandlers(IReadOnlyList<IOperation> roots, List<IMethodSymbol> handlers)
    {
        if (_apis.EndpointRouteBuilderExtensions is null || _parametersOnly)
        {
            return;
        }

        foreach (var root in roots)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (operation is not IInvocationOperation invocation || !_apis.IsEndpointMapping(invocation.TargetMethod))
                {
                    continue;
                }

                foreach (var argument in invocation.Arguments)
                {
                    switch (Unwrap(argument.Value))
                    {
                        case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                            AddRequestParameters(lambda.Symbol);
                            break;
                        case IAnonymousFunctionOperation lambda:
                            AddRequestParameters(lambda.Symbol);
                            break;
                        case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                            handlers.Add(reference.Method);
                            break;
                    }
                }
            }
        }
    }

    private void AddRequestParameters(IMethodSymbol handler)
    {
        foreach (var parameter in handler.Parameters)
        {
            if (_apis.IsRequestBound(parameter))
            {
                _requestParameters.Add(parameter);
            }
        }
    }

    /// <summary>One pass over the assignments; true when a variable gained a source.</summary>
    private bool Propagate(IReadOnlyList<IOperation> roots)
    {
        var changed = false;
        foreach (var root in roots)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        if (initializer is not null)
                        {
                            changed |= Set(declarator.Symbol, Of(initializer.Value, 0));
                        }

                        break;
                    case IAssignmentOperation assignment when assignment is ISimpleAssignmentOperation or ICompoundAssignmentOperation or ICoalesceAssignmentOperation:
                        changed |= AssignTo(assignment.Target, Of(assignment.Value, 0));
                        break;
                    case IInvocationOperation invocation when invocation.Instance is { } instance:
                        changed |= Mutate(invocation, instance);
                        break;
                }
            }
        }

        return changed;
    }

    private bool AssignTo(IOperation target, Taint value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                return Set(local.Local, value);
            case IParameterReferenceOperation parameter:
                return Set(parameter.Parameter, value);
            // message.Text = x: the message, held in a local, now carries x.
            case IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner }:
                return Set(owner.Local, value);
            default:
                return false;
        }
    }

    /// <summary><c>builder.Append(x)</c> and <c>list.Add(x)</c> on a local put <c>x</c> into it.</summary>
    private bool Mutate(IInvocationOperation invocation, IOperation instance)
    {
        var method = invocation.TargetMethod;
        var isBuilder = IsStringBuilder(method.ContainingType) && method.Name != "ToString";
        if (!isBuilder && !(CollectionAddMethods.Contains(method.Name) && PromptFlowApis.IsCollection(instance.Type)))
        {
            return false;
        }

        var added = Arguments(invocation, 0);
        if (added.IsClean)
        {
            return false;
        }

        // A chain (builder.Append(a).Append(b)) returns the same builder: its root is the local.
        var receiver = instance;
        while (isBuilder && receiver is IInvocationOperation { Instance: { } inner } chained && IsStringBuilder(chained.TargetMethod.ContainingType))
        {
            receiver = inner;
        }

        return AssignTo(Unwrap(receiver), added);
    }

    private bool Set(ISymbol symbol, Taint value)
    {
        if (value.IsClean)
        {
            return false;
        }

        if (!_variables.TryGetValue(symbol, out var current))
        {
            _variables[symbol] = value;
            return true;
        }

        if (!current.Adds(value))
        {
            return false;
        }

        _variables[symbol] = current.Union(value);
        return true;
    }

    /// <summary>The sources that reach a value.</summary>
    private Taint Of(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Taint.Clean;
        }

        depth++;
        switch (operation)
        {
            case IConversionOperation conversion:
                return Of(conversion.Operand, depth);
            case IParenthesizedOperation parenthesized:
                return Of(parenthesized.Operand, depth);
            case IAwaitOperation awaited:
                return Of(awaited.Operation, depth);
            case ILocalReferenceOperation local:
                return Variable(local.Local);
            case IParameterReferenceOperation parameter:
                return ParameterSource(parameter.Parameter).Union(Variable(parameter.Parameter));
            case IInterpolatedStringOperation interpolated:
                var parts = Taint.Clean;
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        parts = parts.Union(Of(interpolation.Expression, depth));
                    }
                }

                return parts;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return Of(binary.LeftOperand, depth).Union(Of(binary.RightOperand, depth));
            case IConditionalOperation conditional:
                return Of(conditional.WhenTrue, depth).Union(Of(conditional.WhenFalse, depth));
            case ICoalesceOperation coalesce:
                return Of(coalesce.Value, depth).Union(Of(coalesce.WhenNull, depth));
            case IPropertyReferenceOperation property:
                return MemberSource(property.Property).Union(Of(property.Instance, depth));
            case IFieldReferenceOperation field:
                return MemberSource(field.Field).Union(Of(field.Instance, depth));
            case IArrayElementReferenceOperation element:
                return Of(element.ArrayReference, depth);
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IObjectCreationOperation creation:
                return Creation(creation, depth);
            case IArrayCreationOperation array:
                return Of(array.Initializer, depth);
            case IArrayInitializerOperation initializer:
                return Union(initializer.ElementValues, depth);
            case IDelegateCreationOperation or IAnonymousFunctionOperation or ILiteralOperation:
                return Taint.Clean;
            default:
                // A collection expression ([a, ..b]) has no operation interface in Roslyn 4.8: its elements are its children.
                return PromptFlowApis.IsCollection(operation.Type) || operation.Kind == OperationKind.None ? Union(operation.ChildOperations, depth) : Taint.Clean;
        }
    }

    private Taint Variable(ISymbol symbol) => _variables.TryGetValue(symbol, out var taint) ? taint : Taint.Clean;

    // A classified parameter bound from the request (an e-mail address in a header) is both sources at once.
    private Taint ParameterSource(IParameterSymbol parameter) => new(
        _requestParameters.Contains(parameter) ? parameter.Name : null,
        !_parametersOnly && _apis.IsClassified(parameter) ? parameter.Name : null);

    private Taint MemberSource(ISymbol member)
    {
        if (_parametersOnly)
        {
            return Taint.Clean;
        }

        if (_apis.IsRequestMember(member))
        {
            return new Taint("HttpRequest." + member.Name, null);
        }

        return _apis.IsClassified(member) ? new Taint(null, member.ContainingType.Name + "." + member.Name) : Taint.Clean;
    }

    private Taint Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (_apis.IsRedaction(method))
        {
            return Arguments(invocation, depth).Redacted();
        }

        if (!_parametersOnly && _apis.IsRequestMember(method))
        {
            return new Taint("HttpRequest." + method.Name, null);
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            if (method.IsStatic)
            {
                return StringCombiningMethods.Contains(method.Name) ? Arguments(invocation, depth) : Taint.Clean;
            }

            return StringBuildingMethods.Contains(method.Name) ? Of(invocation.Instance, depth).Union(Arguments(invocation, depth)) : Taint.Clean;
        }

        if (IsStringBuilder(method.ContainingType))
        {
            return Of(invocation.Instance, depth).Union(Arguments(invocation, depth));
        }

        if (method.Name == "ToString" && invocation.Instance is not null)
        {
            return Of(invocation.Instance, depth);
        }

        // OpenAI's ChatMessageContentPart.CreateTextPart(x) is a message part holding x.
        if (method.IsStatic && method.Name == "CreateTextPart" && method.ContainingType?.ToDisplayString() == "OpenAI.Chat.ChatMessageContentPart")
        {
            return Arguments(invocation, depth);
        }

        return Taint.Clean;
    }

    private Taint Creation(IObjectCreationOperation creation, int depth)
    {
        var type = creation.Type;
        if (!IsStringBuilder(type) && !PromptFlowApis.IsCollection(type) && !IsMessageType(type))
        {
            return Taint.Clean;
        }

        var taint = Taint.Clean;
        foreach (var argument in creation.Arguments)
        {
            taint = taint.Union(Of(argument.Value, depth));
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var element in initializer.Initializers)
            {
                taint = taint.Union(element switch
                {
                    IInvocationOperation add => Arguments(add, depth),
                    IAssignmentOperation assignment => Of(assignment.Value, depth),
                    _ => Taint.Clean,
                });
            }
        }

        return taint;
    }

    private Taint Arguments(IInvocationOperation invocation, int depth)
    {
        var taint = Taint.Clean;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.RefKind is not (RefKind.Out or RefKind.Ref))
            {
                taint = taint.Union(Of(argument.Value, depth));
            }
        }

        return taint;
    }

    private Taint Union(IEnumerable<IOperation> operations, int depth)
    {
        var taint = Taint.Clean;
        foreach (var operation in operations)
        {
            taint = taint.Union(Of(operation, depth));
        }

        return taint;
    }

    private void FindSinks(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                SinkArguments(constructor, creation.Arguments, "new " + constructor.ContainingType.Name);
                if (creation.Initializer is { } initializer && SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, _apis.MeaiChatMessage))
                {
                    MessageInitializer(initializer);
                }

                break;
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                SinkArguments(method, invocation.Arguments, method.IsExtensionMethod ? method.Name : method.ContainingType.Name + "." + method.Name);
                if (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _apis.AIFunctionFactory))
                {
                    ToolResults(invocation);
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                when _apis.PropertyRole(property) is { } role:
                Report(Of(assignment.Value, 0), role, property.ContainingType.Name + "." + property.Name, assignment.Value);
                break;
        }
    }

    private void SinkArguments(IMethodSymbol method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string api)
    {
        PromptSinkRole? fromArgument = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type is { } type &&
                (SymbolEqualityComparer.Default.Equals(type, _apis.ChatRole) || SymbolEqualityComparer.Default.Equals(type, _apis.AuthorRole)))
            {
                fromArgument = _apis.RoleOf(argument.Value);
            }
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue ||
                !_apis.IsSinkParameter(method, parameter, out var role, out var roleFromArgument))
            {
                continue;
            }

            // A role that is not a constant ChatRole.System/User member is not guessed: no sink.
            if (roleFromArgument)
            {
                if (fromArgument is not { } known)
                {
                    continue;
                }

                role = known;
            }

            var display = roleFromArgument ? api + "(" + (role == PromptSinkRole.System ? "System" : "User") + ", …)" : api + "(…)";
            Report(Of(argument.Value, 0), role, display, argument.Value);
        }
    }

    /// <summary><c>new ChatMessage { Role = ChatRole.System, Text = x }</c> (or <c>Contents = …</c>).</summary>
    private void MessageInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        PromptSinkRole? role = null;
        foreach (var element in initializer.Initializers)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Role" } } assignment)
            {
                role = _apis.RoleOf(assignment.Value);
            }
        }

        if (role is not { } known)
        {
            return;
        }

        foreach (var element in initializer.Initializers)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Text" or "Contents" } } assignment)
            {
                Report(Of(assignment.Value, 0), known, "new ChatMessage { Role = " + (known == PromptSinkRole.System ? "System" : "User") + " }", assignment.Value);
            }
        }
    }

    /// <summary>What a lambda given to <c>AIFunctionFactory.Create</c> returns goes back to the model.</summary>
    private void ToolResults(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = Unwrap(argument.Value);
            var lambda = value as IAnonymousFunctionOperation ?? (value as IDelegateCreationOperation)?.Target as IAnonymousFunctionOperation;
            if (lambda is null)
            {
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned } && operation.Kind == OperationKind.Return)
                {
                    Report(Of(returned, 0), PromptSinkRole.ToolResult, "AIFunctionFactory.Create", returned);
                }
            }
        }
    }

    private void Report(Taint taint, PromptSinkRole role, string sink, IOperation at)
    {
        if (taint.IsClean)
        {
            return;
        }

        var location = at.Syntax.GetLocation();
        if (taint.Request is { } request)
        {
            _flows.Add(new PromptFlow(FlowSourceKind.RequestInput, request, role, sink, location));
        }

        if (taint.Personal is { } personal)
        {
            _flows.Add(new PromptFlow(FlowSourceKind.PersonalData, personal, role, sink, location));
        }
    }

    private bool IsStringBuilder(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, _apis.StringBuilder);

    private static bool IsMessageType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var ns = current.ContainingNamespace?.ToDisplayString();
            if ((ns == "Microsoft.Extensions.AI" && current.Name is "ChatMessage" or "AIContent") ||
                (ns == "OpenAI.Chat" && current.Name is "ChatMessage" or "ChatMessageContentPart") ||
                (ns == "Microsoft.SemanticKernel" && current.Name is "KernelContent"))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation value) => ModelCodeEvidenceCollector.Unwrap(value);
}
