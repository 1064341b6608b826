using System.Collections.Immutable;
using System.Threading;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// AIC001 for one named type, in one symbol callback: the uses in the declaration itself (base types, member
/// signatures), then the uses in the bodies of the members whose text mentions the AI API surface
/// (<see cref="AiApiSurface"/>), whose operation trees are built on demand; then one report. Members whose text names
/// nothing of the surface are never bound: a project pays for its AI code, not for every method body (issue 18).
/// </summary>
internal sealed class TypeAiUsageCollector
{
    private readonly INamedTypeSymbol _type;
    private readonly AiApiMatcher _matcher;
    private readonly SourceTypeIndex _sourceTypes;
    private readonly INamedTypeSymbol _aiModelAttribute;
    private readonly DiagnosticDescriptor _descriptor;
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

    /// <summary>Collects the type's uses and reports it when it uses an AI API outside a declared model.</summary>
    public void Analyze(SymbolAnalysisContext context, AiApiSurface surface)
    {
        ScanBodies(context.Compilation, surface, context.CancellationToken);
        OnSymbolEnd(context);
    }

    /// <summary>
    /// The uses in the type's code: the members (of every part; nested types are analysed on their own), the primary
    /// constructor and the top-level statements whose text mentions the surface, or all of them when the type derives
    /// from an AI API (<c>base.</c> and inherited members reach it without naming it).
    /// </summary>
    private void ScanBodies(Compilation compilation, AiApiSurface surface, CancellationToken cancellationToken)
    {
        var everyMember = DerivesFromApi();
        var constructorCallsReachApi = everyMember || ConstructorsMentionApi(_type) || (_type.BaseType is { } baseType && ConstructorsMentionApi(baseType));
        foreach (var reference in _type.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            SemanticModel Model() => model ??= compilation.GetSemanticModel(reference.SyntaxTree);
            switch (node)
            {
                case TypeDeclarationSyntax declaration:
                    if (declaration.ParameterList is { } parameters &&
                        (constructorCallsReachApi || surface.IsMentionedIn(parameters) || (declaration.BaseList is { } baseList && surface.IsMentionedIn(baseList))))
                    {
                        ScanPrimaryConstructor(declaration, Model(), cancellationToken);
                    }

                    foreach (var member in declaration.Members)
                    {
                        if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                        {
                            continue;
                        }

                        if (everyMember || surface.IsMentionedIn(member) || (constructorCallsReachApi && member is ConstructorDeclarationSyntax { Initializer: not null }))
                        {
                            ScanMember(member, Model(), cancellationToken);
                        }
                    }

                    break;
                case CompilationUnitSyntax unit:
                    // The top-level statements are one body: a local declared in one statement is used in the next.
                    if (everyMember || HasMentionedStatement(unit, surface))
                    {
                        foreach (var member in unit.Members)
                        {
                            if (member is GlobalStatementSyntax statement)
                            {
                                Scan(Model().GetOperation(statement.Statement, cancellationToken), isTopLevel: true, cancellationToken);
                            }
                        }
                    }

                    break;
            }
        }
    }

    private static bool HasMentionedStatement(CompilationUnitSyntax unit, AiApiSurface surface)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax && surface.IsMentionedIn(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a base type of the type, or of a type it is nested in, is an AI API: then <c>this</c>, <c>base.</c> and
    /// the inherited static members reach it in any member without naming it.
    /// </summary>
    private bool DerivesFromApi()
    {
        for (var container = _type; container is not null; container = container.ContainingType)
        {
            for (var current = container.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (_matcher.Classify(current) != AiApiKind.None)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a constructor takes an AI type: <c>: base(new("gpt-4o"))</c> then creates one without naming it.</summary>
    private bool ConstructorsMentionApi(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (_matcher.FindApi(parameter.Type) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ScanPrimaryConstructor(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        Scan(model.GetOperation(declaration, cancellationToken), isTopLevel: false, cancellationToken);
        if (declaration.BaseList is { } baseList)
        {
            foreach (var baseType in baseList.Types)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax primaryBase)
                {
                    Scan(model.GetOperation(primaryBase, cancellationToken), isTopLevel: false, cancellationToken);
                }
            }
        }

        ScanDefaults(declaration.ParameterList!, model, cancellationToken);
    }

    /// <summary>The executable code of one member: what the analyzer driver would have built operations for.</summary>
    private void ScanMember(MemberDeclarationSyntax member, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var root in MemberOperations.Of(member, model, cancellationToken))
        {
            Scan(root, isTopLevel: false, cancellationToken);
        }
    }

    private void ScanDefaults(BaseParameterListSyntax parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var root in MemberOperations.Defaults(parameters, model, cancellationToken))
        {
            Scan(root, isTopLevel: false, cancellationToken);
        }
    }

    private void Scan(IOperation? root, bool isTopLevel, CancellationToken cancellationToken)
    {
        if (root is null)
        {
            return;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            OnOperation(operation, isTopLevel, cancellationToken);
        }
    }

    private void OnOperation(IOperation operation, bool isTopLevel, CancellationToken cancellationToken)
    {
        // Switch on the kind, not on interface types: this runs for every operation of a flagged member.
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
                api = ParametersApi(((IAnonymousFunctionOperation)operation).Symbol, cancellationToken, out location);
                break;
            case OperationKind.LocalFunction:
                var localFunction = ((ILocalFunctionOperation)operation).Symbol;
                api = ParametersApi(localFunction, cancellationToken, out location);
                if (api is null && _matcher.FindApi(localFunction.ReturnType) is { } returned)
                {
                    api = returned;
                    location = ReturnTypeLocation(localFunction, cancellationToken);
                }

                break;
            default:
                return;
        }

        if (api is null || _matcher.IsWiring(operation))
        {
            return;
        }

        location ??= operation.Syntax.GetLocation();
        if (IsGeneratedCode(operation.Syntax.SyntaxTree, cancellationToken) && !IsMapped(location))
        {
            return;
        }

        Record(new AiApiUse(location, api, isTopLevel));
    }

    /// <summary>
    /// Generated code as the analyzer driver decides it for a type's operations: the file (<see
    /// cref="AiApiMatcher.IsGenerated"/>), or <c>[GeneratedCode]</c> on the type or a type it is nested in.
    /// </summary>
    private bool IsGeneratedCode(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_matcher.IsGenerated(tree, cancellationToken))
        {
            return true;
        }

        for (var current = _type; current is not null; current = current.ContainingType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void OnSymbolEnd(SymbolAnalysisContext context)
    {
        var cancellationToken = context.CancellationToken;
        ScanDeclaration(cancellationToken);

        var first = _first;
        var firstTopLevel = _firstTopLevel;
        var kinds = _kinds;
        var others = OthersText(BitCount(_families) - 1);

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
        if (kind is { } known)
        {
            _kinds |= 1 << (int)known;
        }

        _families |= _matcher.FamilyOf(use.Api);
        _first = AiApiUse.Earlier(_first, use);
        if (use.IsTopLevel)
        {
            _firstTopLevel = AiApiUse.Earlier(_firstTopLevel, use);
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
