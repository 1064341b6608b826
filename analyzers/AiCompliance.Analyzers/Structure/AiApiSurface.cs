using System;
using System.Collections.Generic;
using System.Threading;
using AiCompliance.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// The simple names through which code can reach an AI API, computed once per compilation: AIC001 binds a member only
/// when its text contains one of them (the pre-filter of issue 18), so a project pays for its AI code, not for every
/// method body. The set is a superset of what an AI use can be written with, so that no use escapes the filter:
/// <list type="bullet">
/// <item>the AI API types (and an attribute's name without <c>Attribute</c>): a creation, a declaration, a static call
/// or a cast names one of them;</item>
/// <item>the members of the AI API's static classes that hold extension methods (<c>AddChatClient</c>,
/// <c>GetResponseAsync(string)</c>): an extension call on a receiver of any type names only the method;</item>
/// <item>every member name of an AI type that a <c>using static</c> directive imports (<c>using static
/// TorchSharp.torch;</c> then <c>tensor(…)</c>);</item>
/// <item>the types, in the project and in the referenced assemblies that reference an AI assembly, that derive from or
/// implement an AI type (a TorchSharp network, a chat client wrapper): their own name, and the members whose signature
/// holds one of them;</item>
/// <item>the members whose signature mentions an AI type or such a derived type (a field <c>_chat</c>, a factory
/// method, a property <c>Messages</c>), the delegate types whose signature does, and the primary-constructor parameters
/// that do: an expression of an AI type that names no AI API (<c>_chat.ToString()</c>, <c>var c = Factory.Create();</c>)
/// reaches it through one of these, a parameter of the member itself (whose type is in the member's own text), or a
/// local declared in the member (the same, recursively);</item>
/// <item>the <c>using</c> aliases of any of these.</item>
/// </list>
/// The instance member names of the AI types (<c>Text</c>, <c>Add</c>, <c>Name</c>) are not on the surface: they are
/// common in any code, and a member access can reach an AI type's instance member only through an expression of that
/// type, whose origin is one of the names above in the same member. A type that derives from an AI API, or is nested in
/// one, reaches it through <c>this</c>, <c>base</c> and the inherited static members: the collector scans all of such a
/// type's members without asking the filter.
/// </summary>
internal sealed class AiApiSurface
{
    private readonly HashSet<string> _names;

    private AiApiSurface(HashSet<string> names)
    {
        _names = names;
    }

    /// <summary>How many names the surface holds (for the benchmark's report).</summary>
    public int Count => _names.Count;

    public bool Contains(string name) => _names.Contains(name);

    /// <summary>Whether any identifier in the node's text is on the surface. Syntax only: no binding.</summary>
    public bool IsMentionedIn(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && _names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    public static AiApiSurface Build(Compilation compilation, AiApiMatcher matcher, IReadOnlyList<string> extraNamespaces, CancellationToken cancellationToken)
    {
        BindAssemblyAttributes(compilation);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var aiAssemblyNames = new HashSet<string>(StringComparer.Ordinal);
        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                assemblies.Add(assembly);
                if (AiApiCatalog.AssemblyFamilies(assembly.Identity.Name) != 0)
                {
                    aiAssemblyNames.Add(assembly.Identity.Name);
                }
            }
        }

        if (AiApiCatalog.AssemblyFamilies(compilation.AssemblyName) != 0 && compilation.AssemblyName is { } own)
        {
            aiAssemblyNames.Add(own);
        }

        // A configured namespace makes its types AI APIs in whichever assembly they are: their assemblies count as AI
        // assemblies for the signature walk below.
        foreach (var prefix in extraNamespaces)
        {
            if (Find(compilation.GlobalNamespace, prefix) is { } ns)
            {
                CollectAssemblies(ns, aiAssemblyNames, cancellationToken);
            }
        }

        var walker = new Walker(matcher, names, cancellationToken);
        foreach (var assembly in assemblies)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly) || aiAssemblyNames.Contains(assembly.Identity.Name) || ReferencesAny(assembly, aiAssemblyNames))
            {
                walker.Walk(assembly.GlobalNamespace);
            }
        }

        var usings = NameImportingUsings.Of(compilation, cancellationToken);
        AddStaticImports(usings, walker);
        AddAliases(usings, names);
        return new AiApiSurface(names);
    }

    /// <summary>
    /// Binds the assembly's and the module's attributes before the walk over the project's signatures. Binding a
    /// signature asks whether the assembly or module is marked obsolete or experimental, and until their attributes are
    /// bound the compiler answers by gathering the attribute lists of every file again, for every question: the walk
    /// then cost files × members, growing with the square of the project (on a 10,000-type project, AIC001's own time
    /// was 18.6 s with the attributes unbound and 5.0 s with them bound; docs/performance.md). Bound once, each answer is
    /// a lookup; the compiler binds them in any build, so this adds nothing to it.
    /// </summary>
    private static void BindAssemblyAttributes(Compilation compilation)
    {
        _ = compilation.Assembly.GetAttributes();
        _ = compilation.SourceModule.GetAttributes();
    }

    private static INamespaceSymbol? Find(INamespaceSymbol global, string dottedName)
    {
        var current = global;
        foreach (var segment in dottedName.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(segment))
            {
                if (member is INamespaceSymbol ns)
                {
                    next = ns;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static void CollectAssemblies(INamespaceSymbol ns, HashSet<string> assemblyNames, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var type in ns.GetTypeMembers())
        {
            if (type.ContainingAssembly is { } assembly)
            {
                assemblyNames.Add(assembly.Identity.Name);
            }
        }

        foreach (var nested in ns.GetNamespaceMembers())
        {
            CollectAssemblies(nested, assemblyNames, cancellationToken);
        }
    }

    private static bool ReferencesAny(IAssemblySymbol assembly, HashSet<string> assemblyNames)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var identity in module.ReferencedAssemblies)
            {
                if (assemblyNames.Contains(identity.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>using static TorchSharp.torch;</c> (also <c>global using static</c>, in any file) lets code call an AI type's
    /// static members by their simple names: the member names of the AI types the directive can name join the surface.
    /// Syntax only: the directive's last name is matched against the AI types' names, which may add a few names too many
    /// (another AI type of the same name), never too few.
    /// </summary>
    private static void AddStaticImports(NameImportingUsings usings, Walker walker)
    {
        foreach (var directive in usings.StaticImports)
        {
            if (NameImportingUsings.LastName(directive.Name) is { } name)
            {
                walker.AddMembersOfApiTypesNamed(name);
            }
        }
    }

    /// <summary>
    /// <c>using Chat = OpenAI.Chat.ChatClient;</c> (also <c>global using</c>, in any file) lets code name an AI type by
    /// the alias: the alias joins the surface when its target mentions a surface name.
    /// </summary>
    private static void AddAliases(NameImportingUsings usings, HashSet<string> names)
    {
        // An alias may name another type through a global alias of another file: repeat until nothing is added.
        bool added;
        do
        {
            added = false;
            foreach (var alias in usings.Aliases)
            {
                var name = alias.Alias!.Name.Identifier.ValueText;
                if (!names.Contains(name) && MentionsAny(alias, names))
                {
                    names.Add(name);
                    added = true;
                }
            }
        }
        while (added);
    }

    private static bool MentionsAny(UsingDirectiveSyntax alias, HashSet<string> names)
    {
        foreach (var token in alias.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent != alias.Alias!.Name && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Walker
    {
        private readonly AiApiMatcher _matcher;
        private readonly HashSet<string> _names;
        private readonly CancellationToken _cancellationToken;

        // The AI API types by simple name, for 'using static' (AddMembersOfApiTypesNamed).
        private readonly Dictionary<string, List<INamedTypeSymbol>> _apiTypesByName = new(StringComparer.Ordinal);

        // Whether a type declared outside the AI API derives from or implements one, per definition.
        private readonly Dictionary<INamedTypeSymbol, bool> _derivesFromApi = new(SymbolEqualityComparer.Default);

        public Walker(AiApiMatcher matcher, HashSet<string> names, CancellationToken cancellationToken)
        {
            _matcher = matcher;
            _names = names;
            _cancellationToken = cancellationToken;
        }

        public void Walk(INamespaceSymbol ns)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var type in ns.GetTypeMembers())
            {
                Walk(type);
            }

            foreach (var nested in ns.GetNamespaceMembers())
            {
                Walk(nested);
            }
        }

        private void Walk(INamedTypeSymbol type)
        {
            if (_matcher.Classify(type) != AiApiKind.None)
            {
                AddApiType(type);
            }
            else
            {
                AddSignatures(type);
            }

            foreach (var nested in type.GetTypeMembers())
            {
                Walk(nested);
            }
        }

        public void AddMembersOfApiTypesNamed(string name)
        {
            if (_apiTypesByName.TryGetValue(name, out var types))
            {
                foreach (var type in types)
                {
                    _names.UnionWith(type.MemberNames);
                }
            }
        }

        private void AddApiType(INamedTypeSymbol type)
        {
            _names.Add(type.Name);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal) && type.Name.Length > "Attribute".Length)
            {
                _names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
            }

            if (!_apiTypesByName.TryGetValue(type.Name, out var sameName))
            {
                _apiTypesByName.Add(type.Name, sameName = new List<INamedTypeSymbol>());
            }

            sameName.Add(type);
            if (type.IsStatic && type.MightContainExtensionMethods)
            {
                _names.UnionWith(type.MemberNames);
            }
        }

        private void AddSignatures(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Delegate)
            {
                if (type.DelegateInvokeMethod is { } invoke && MentionsApi(invoke))
                {
                    _names.Add(type.Name);
                }

                return;
            }

            if (DerivesFromApi(type))
            {
                // 'new Network()', 'Network.Load(…)': the derived type's name leads to the AI type's members.
                _names.Add(type.Name);
            }

            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol { IsIndexer: true } indexer when CarriesApi(indexer.Type) || MentionsApi(indexer.Parameters):
                        // 'holder[key]' names no member: the holder's type name stands for its indexer.
                        _names.Add(type.Name);
                        break;
                    case IFieldSymbol field when CarriesApi(field.Type):
                    case IPropertySymbol property when CarriesApi(property.Type) || MentionsApi(property.Parameters):
                    case IEventSymbol @event when CarriesApi(@event.Type):
                        _names.Add(member.Name);
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when MentionsApi(constructor.Parameters):
                        // 'new Holder(new("gpt-4o"))' creates an AI type that only the holder's name leads to.
                        _names.Add(type.Name);
                        if (IsPrimaryConstructor(constructor))
                        {
                            // Primary-constructor parameters are in scope in every member of the type.
                            foreach (var parameter in constructor.Parameters)
                            {
                                if (CarriesApi(parameter.Type))
                                {
                                    _names.Add(parameter.Name);
                                }
                            }
                        }

                        break;
                    case IMethodSymbol method when MentionsApi(method):
                        _names.Add(method.Name);
                        break;
                }
            }
        }

        private bool MentionsApi(IMethodSymbol method) =>
            (!method.ReturnsVoid && CarriesApi(method.ReturnType)) || MentionsApi(method.Parameters);

        private bool MentionsApi(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters)
        {
            foreach (var parameter in parameters)
            {
                if (CarriesApi(parameter.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a value of the type can reach an AI API's instance members: an AI type (also inside generic
        /// arguments and arrays) or a type that derives from or implements one.
        /// </summary>
        private bool CarriesApi(ITypeSymbol type) => _matcher.FindApi(type) is not null || HoldsDerivedType(type, 0);

        private bool HoldsDerivedType(ITypeSymbol? type, int depth)
        {
            if (type is null || depth > 4)
            {
                return false;
            }

            switch (type)
            {
                case INamedTypeSymbol named:
                    if (DerivesFromApi(named))
                    {
                        return true;
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (HoldsDerivedType(argument, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                case IArrayTypeSymbol array:
                    return HoldsDerivedType(array.ElementType, depth + 1);
                default:
                    return false;
            }
        }

        private bool DerivesFromApi(INamedTypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            if (definition.SpecialType != SpecialType.None || definition.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            if (_derivesFromApi.TryGetValue(definition, out var known))
            {
                return known;
            }

            var derives = false;
            for (var current = definition.BaseType; current is not null && !derives; current = current.BaseType)
            {
                derives = _matcher.Classify(current) != AiApiKind.None;
            }

            foreach (var @interface in definition.AllInterfaces)
            {
                if (derives)
                {
                    break;
                }

                derives = _matcher.Classify(@interface) != AiApiKind.None;
            }

            _derivesFromApi[definition] = derives;
            return derives;
        }

        private bool IsPrimaryConstructor(IMethodSymbol constructor)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
