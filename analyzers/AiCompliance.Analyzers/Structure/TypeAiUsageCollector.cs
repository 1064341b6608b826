using System.Collections.Immutable;
using System.Threading;
using AiCompliance.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// The AIC001 state of one named type between its symbol-start and symbol-end callbacks: the operation callback keeps
/// the earliest AI use in the type's own code (and the earliest in top-level statements), the end callback adds the
/// uses in the declaration itself (base types, member signatures), then reports once.
/// </summary>
internal sealed class TypeAiUsageCollector
{
    /// <summary>The operation kinds in which AIC001 looks for AI APIs.</summary>
    public static readonly OperationKind[] OperationKinds =
    {
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.FieldReference,
        OperationKind.PropertyReference,
        OperationKind.EventReference,
        OperationKind.MethodReference,
        OperationKind.VariableDeclarator,
        OperationKind.AnonymousFunction,
        OperationKind.LocalFunction,
    };

    /// <summary>The name of the method the compiler synthesizes for top-level statements.</summary>
    private const string TopLevelEntryPointName = "<Main>$";

    private readonly INamedTypeSymbol _type;
    private readonly AiApiMatcher _matcher;
    private readonly SourceTypeIndex _sourceTypes;
    private readonly INamedTypeSymbol _aiModelAttribute;
    private readonly DiagnosticDescriptor _descriptor;
    private readonly object _gate = new();
    private AiApiUse? _first;
    private AiApiUse? _firstTopLevel;

    // The families of the model-bearing APIs the type uses, one bit each (AiApiMatcher.FamilyOf), for the message's
    // "(and 1 other family)": two providers behind one factory must not read as one.
    private int _families;

    // The kinds of model the uses tell of, one bit per ModelKind, for the fix's Kind (AiApiCatalog.InferKind).
    private int _kinds;

    public TypeAiUsageCollector(INamedTypeSymbol type, AiApiMatcher matcher, SourceTypeIndex sourceTypes, INamedTypeSymbol aiModelAttribute, DiagnosticDescriptor descriptor)
    {
        _type = type;
        _matcher = matcher;
        _sourceTypes = sourceTypes;
        _aiModelAttribute = aiModelAttribute;
        _descriptor = descriptor;
    }

    public void OnOperation(OperationAnalysisContext context)
    {
        // Switch on the kind, not on interface types: this runs for every member reference of the compilation.
        var operation = context.Operation;
        ITypeSymbol? api;
        Location? location = null;
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                api = _matcher.InvocationApi((IInvocationOperation)operation);
                break;
            case OperationKind.ObjectCreation:
                api = _matcher.FindApi(operation.Type);
                break;
            case OperationKind.FieldReference:
            case OperationKind.PropertyReference:
            case OperationKind.EventReference:
            case OperationKind.MethodReference:
                api = _matcher.MemberApi(((IMemberReferenceOperation)operation).Member);
                break;
            case OperationKind.VariableDeclarator:
                var declarator = (IVariableDeclaratorOperation)operation;
                api = _matcher.FindApi(declarator.Symbol.Type);
                if (api is not null)
                {
                    location = DeclaratorLocation(declarator);
                }

                break;
            case OperationKind.AnonymousFunction:
                api = ParametersApi(((IAnonymousFunctionOperation)operation).Symbol, context.CancellationToken, out location);
                break;
            case OperationKind.LocalFunction:
                var localFunction = ((ILocalFunctionOperation)operation).Symbol;
                api = ParametersApi(localFunction, context.CancellationToken, out location);
                if (api is null && _matcher.FindApi(localFunction.ReturnType) is { } returned)
                {
                    api = returned;
                    location = ReturnTypeLocation(localFunction, context.CancellationToken);
                }

                break;
            default:
                return;
        }

        if (api is null)
        {
            return;
        }

        // Nested types are analysed on their own; their code is not this type's use.
        var owner = context.ContainingSymbol;
        if (!SymbolEqualityComparer.Default.Equals(owner as INamedTypeSymbol ?? owner.ContainingType, _type) || _matcher.IsWiring(operation))
        {
            return;
        }

        location ??= operation.Syntax.GetLocation();
        if (context.IsGeneratedCode && !IsMapped(location))
        {
            return;
        }

        var isTopLevel = owner is IMethodSymbol { Name: TopLevelEntryPointName };
        Record(new AiApiUse(location, api, isTopLevel));
    }

    public void OnSymbolEnd(SymbolAnalysisContext context)
    {
        var cancellationToken = context.CancellationToken;
        ScanDeclaration(cancellationToken);

        AiApiUse? first;
        AiApiUse? firstTopLevel;
        int kinds;
        string others;
        lock (_gate)
        {
            first = _first;
            firstTopLevel = _firstTopLevel;
            kinds = _kinds;
            others = OthersText(BitCount(_families) - 1);
        }

        if (first is null || IsDeclaredModel(_type) || IsCoveredByAnother())
        {
            return;
        }

        if (firstTopLevel is not null)
        {
            // Top-level statements have no identifier to report on: one report per program, on its first AI use.
            context.ReportDiagnostic(Diagnostic.Create(
                _descriptor,
                firstTopLevel.Location,
                AiApiOutsideModelAnalyzer.Properties(AiApiOutsideModelAnalyzer.TargetProgram, AiApiCatalog.InferKind(kinds)),
                AiApiOutsideModelAnalyzer.TopLevelProgramText,
                Display(firstTopLevel.Api),
                others));
            return;
        }

        var identifier = PartIdentifier(first.Location, cancellationToken);
        var onUse = PrefersUseLocation(identifier, first.Location, cancellationToken);
        var location = onUse ? first.Location : identifier ?? first.Location;

        // The identifier is where the fix declares the model; the member that holds, creates or calls the API is
        // where the reader looks to see why.
        var additional = location == first.Location ? null : new[] { first.Location };
        context.ReportDiagnostic(Diagnostic.Create(
            _descriptor,
            location,
            additional,
            AiApiOutsideModelAnalyzer.Properties(onUse ? AiApiOutsideModelAnalyzer.TargetUse : AiApiOutsideModelAnalyzer.TargetType, AiApiCatalog.InferKind(kinds)),
            "Type '" + MessageText.Escape(_type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)) + "'",
            Display(first.Api),
            others));
    }

    /// <summary>
    /// The message's note on the families of the other model-bearing APIs a type uses: nothing, " (and 1 other
    /// family)", " (and 2 other families)".
    /// </summary>
    internal static string OthersText(int others) => others switch
    {
        <= 0 => "",
        1 => " (and 1 other family)",
        _ => " (and " + others.ToString(System.Globalization.CultureInfo.InvariantCulture) + " other families)",
    };

    private static int BitCount(int value)
    {
        var count = 0;
        for (var bits = (uint)value; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether another type of the compilation is the component this one is part of, so the component is counted once:
    /// an interface that a source class or struct implements (the implementation holds the same AI types in the
    /// members that implement it, and is reported or declared itself), or a TorchSharp network that is a layer of
    /// another network (the outermost network is the model).
    /// </summary>
    private bool IsCoveredByAnother() => _type.TypeKind == TypeKind.Interface
        ? _sourceTypes.IsImplementedInSource(_type)
        : _sourceTypes.IsNetwork(_type) && _sourceTypes.IsLayer(_type);

    private static string Display(ITypeSymbol api) => api.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>
    /// Records a use found in the declaration. Generated code counts only where <c>#line</c> maps it into a file
    /// someone wrote (Razor's <c>@inject</c> and <c>@code</c>); what a generator adds on its own (a JSON serializer
    /// context's <c>JsonTypeInfo&lt;ChatMessage&gt;</c> properties) is not the type's use.
    /// </summary>
    private void RecordDeclared(Location location, ITypeSymbol api, CancellationToken cancellationToken)
    {
        if (location.SourceTree is { } tree && _matcher.IsGenerated(tree, cancellationToken) && !IsMapped(location))
        {
            return;
        }

        Record(new AiApiUse(location, api, isTopLevel: false));
    }

    private static bool IsMapped(Location location) => location.IsInSource && location.GetMappedLineSpan().HasMappedPath;

    private void Record(AiApiUse use)
    {
        // Data types (messages, options, schema attributes, tensors) never make a report on their own, and a report
        // names the model-bearing type rather than whichever data type comes first.
        if (_matcher.IsData(use.Api))
        {
            return;
        }

        var kind = _matcher.KindOf(use.Api);
        var family = _matcher.FamilyOf(use.Api);
        lock (_gate)
        {
            if (kind is { } known)
            {
                _kinds |= 1 << (int)known;
            }

            _families |= family;
            _first = AiApiUse.Earlier(_first, use);
            if (use.IsTopLevel)
            {
                _firstTopLevel = AiApiUse.Earlier(_firstTopLevel, use);
            }
        }
    }

    /// <summary>Uses in the declaration: AI base types and interfaces, then member signatures.</summary>
    private void ScanDeclaration(CancellationToken cancellationToken)
    {
        ScanBaseTypes(cancellationToken);
        foreach (var member in _type.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol field:
                    Check(field.Type, field, cancellationToken);
                    break;
                case IPropertySymbol property:
                    Check(property.Type, property, cancellationToken);
                    CheckParameters(property.Parameters, cancellationToken);
                    break;
                case IEventSymbol @event:
                    Check(@event.Type, @event, cancellationToken);
                    break;
                case IMethodSymbol { AssociatedSymbol: null } method:
                    if (!method.ReturnsVoid)
                    {
                        Check(method.ReturnType, method, cancellationToken);
                    }

                    CheckParameters(method.Parameters, cancellationToken);
                    break;
            }
        }
    }

    private void ScanBaseTypes(CancellationToken cancellationToken)
    {
        // The base chain up to a base that is itself a declared model (its subclasses inherit its declaration's
        // subject, not a fresh use), and the interfaces each of them implements.
        for (var current = _type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (!SymbolEqualityComparer.Default.Equals(current, _type))
            {
                if (HasAiModel(current))
                {
                    return;
                }

                if (_matcher.Classify(current) == AiApiKind.Api)
                {
                    RecordDeclared(BaseListLocation(_type.BaseType!, cancellationToken), current, cancellationToken);
                    return;
                }
            }

            foreach (var @interface in current.Interfaces)
            {
                if (InterfaceApi(@interface) is { } api)
                {
                    var direct = SymbolEqualityComparer.Default.Equals(current, _type) ? @interface : _type.BaseType!;
                    RecordDeclared(BaseListLocation(direct, cancellationToken), api, cancellationToken);
                    return;
                }
            }
        }
    }

    private INamedTypeSymbol? InterfaceApi(INamedTypeSymbol @interface)
    {
        if (_matcher.Classify(@interface) == AiApiKind.Api)
        {
            return @interface;
        }

        foreach (var inherited in @interface.AllInterfaces)
        {
            if (_matcher.Classify(inherited) == AiApiKind.Api)
            {
                return inherited;
            }
        }

        return null;
    }

    private void Check(ITypeSymbol type, ISymbol member, CancellationToken cancellationToken)
    {
        if (_matcher.FindApi(type) is { } api)
        {
            RecordDeclared(SignatureLocation(member, cancellationToken), api, cancellationToken);
        }
    }

    private void CheckParameters(ImmutableArray<IParameterSymbol> parameters, CancellationToken cancellationToken)
    {
        foreach (var parameter in parameters)
        {
            Check(parameter.Type, parameter, cancellationToken);
        }
    }

    private ITypeSymbol? ParametersApi(IMethodSymbol? method, CancellationToken cancellationToken, out Location? location)
    {
        location = null;
        if (method is null)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (_matcher.FindApi(parameter.Type) is { } api)
            {
                location = SignatureLocation(parameter, cancellationToken);
                return api;
            }
        }

        return null;
    }

    private bool IsDeclaredModel(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (HasAiModel(current))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasAiModel(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _aiModelAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The identifier of the declaration part that contains a use, else of the first part.</summary>
    private Location? PartIdentifier(Location use, CancellationToken cancellationToken)
    {
        BaseTypeDeclarationSyntax? first = null;
        foreach (var reference in _type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not BaseTypeDeclarationSyntax declaration)
            {
                continue;
            }

            if (reference.SyntaxTree == use.SourceTree && reference.Span.Contains(use.SourceSpan))
            {
                return declaration.Identifier.GetLocation();
            }

            if (first is null || IsBefore(declaration, first))
            {
                first = declaration;
            }
        }

        return first?.Identifier.GetLocation() ?? (_type.Locations.IsEmpty ? null : _type.Locations[0]);
    }

    private static bool IsBefore(SyntaxNode a, SyntaxNode b)
    {
        var path = string.CompareOrdinal(a.SyntaxTree.FilePath, b.SyntaxTree.FilePath);
        return path != 0 ? path < 0 : a.SpanStart < b.SpanStart;
    }

    /// <summary>
    /// Whether to report on the use rather than on the type's identifier: when the use is mapped to another file by
    /// <c>#line</c> (Razor's <c>@inject</c>) and the identifier is not, or is hidden, the identifier is somewhere the
    /// user never sees, while the use points into their .razor file.
    /// </summary>
    private static bool PrefersUseLocation(Location? identifier, Location use, CancellationToken cancellationToken)
    {
        if (!use.IsInSource || !use.GetMappedLineSpan().HasMappedPath)
        {
            return false;
        }

        if (identifier is null || !identifier.IsInSource)
        {
            return true;
        }

        return identifier.SourceTree!.GetLineVisibility(identifier.SourceSpan.Start, cancellationToken) == LineVisibility.Hidden ||
               !identifier.GetMappedLineSpan().HasMappedPath;
    }

    /// <summary>Where a base type or interface is written in the base list (of whichever part lists it).</summary>
    private Location BaseListLocation(INamedTypeSymbol direct, CancellationToken cancellationToken)
    {
        Location? fallback = null;
        foreach (var reference in _type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not BaseTypeDeclarationSyntax { BaseList: { } baseList })
            {
                continue;
            }

            foreach (var baseType in baseList.Types)
            {
                if (RightmostName(baseType.Type) == direct.Name)
                {
                    return baseType.Type.GetLocation();
                }
            }

            fallback ??= baseList.Types.Count > 0 ? baseList.Types[0].Type.GetLocation() : null;
        }

        return fallback ?? (_type.Locations.IsEmpty ? Location.None : _type.Locations[0]);
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Where a member's or parameter's type is written; the symbol's own location when there is no type syntax.</summary>
    private static Location SignatureLocation(ISymbol symbol, CancellationToken cancellationToken)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (!references.IsEmpty)
        {
            var type = references[0].GetSyntax(cancellationToken) switch
            {
                ParameterSyntax parameter => parameter.Type,
                PropertyDeclarationSyntax property => property.Type,
                IndexerDeclarationSyntax indexer => indexer.Type,
                EventDeclarationSyntax @event => @event.Type,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                MethodDeclarationSyntax method => method.ReturnType,
                OperatorDeclarationSyntax @operator => @operator.ReturnType,
                ConversionOperatorDeclarationSyntax conversion => conversion.Type,
                DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
                _ => null,
            };
            if (type is not null)
            {
                return type.GetLocation();
            }
        }

        return symbol.Locations.IsEmpty ? Location.None : symbol.Locations[0];
    }

    private static Location? ReturnTypeLocation(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var references = method.DeclaringSyntaxReferences;
        return !references.IsEmpty && references[0].GetSyntax(cancellationToken) is LocalFunctionStatementSyntax local
            ? local.ReturnType.GetLocation()
            : null;
    }

    /// <summary>A local's explicit type, or what initialises it when it is declared with <c>var</c>.</summary>
    private static Location? DeclaratorLocation(IVariableDeclaratorOperation declarator)
    {
        if (declarator.Syntax is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } syntax)
        {
            if (!declaration.Type.IsVar)
            {
                return declaration.Type.GetLocation();
            }

            return syntax.Initializer?.Value.GetLocation();
        }

        return null;
    }
}
