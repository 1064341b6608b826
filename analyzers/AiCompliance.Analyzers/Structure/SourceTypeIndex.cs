using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// What AIC001 needs to know about the other types of the compilation, to count a component once: which source
/// interfaces a source class or struct implements (the implementation is the component), and which TorchSharp networks
/// are layers of another network of the project (the outermost network is the model). Built on first need, at most
/// once per compilation, by one walk over the source types; a compilation whose AI types are neither interfaces nor
/// networks never builds it. Thread-safe.
/// </summary>
internal sealed class SourceTypeIndex
{
    private const int MaxTypeDepth = 4;

    private readonly Compilation _compilation;
    private readonly AiApiMatcher _matcher;
    private readonly Lazy<Index> _index;

    public SourceTypeIndex(Compilation compilation, AiApiMatcher matcher)
    {
        _compilation = compilation;
        _matcher = matcher;
        _index = new Lazy<Index>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether a class or struct declared in this compilation implements the interface.</summary>
    public bool IsImplementedInSource(INamedTypeSymbol @interface) => _index.Value.Implemented.Contains(@interface.OriginalDefinition);

    /// <summary>
    /// Whether a network is a layer of another network of this compilation: held by one in a field or property (also
    /// inside arrays and generic arguments, <c>ModuleList&lt;Block&gt;</c>), or nested in one.
    /// </summary>
    public bool IsLayer(INamedTypeSymbol network) => _index.Value.Layers.Contains(network.OriginalDefinition);

    /// <summary>Whether a type derives from TorchSharp's <c>torch.nn.Module</c>.</summary>
    public bool IsNetwork(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (definition.Name == "Module" && definition.ContainingType is { Name: "nn", ContainingType.Name: "torch" } && _matcher.Classify(definition) == AiApiKind.Api)
            {
                return true;
            }
        }

        return false;
    }

    private Index Build()
    {
        var index = new Index();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                    Add(index, type);
                }
            }
        }

        return index;
    }

    private void Add(Index index, INamedTypeSymbol type)
    {
        if (type.TypeKind is TypeKind.Class or TypeKind.Struct)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                if (IsInSource(@interface.OriginalDefinition))
                {
                    index.Implemented.Add(@interface.OriginalDefinition);
                }
            }
        }

        if (!IsNetwork(type))
        {
            return;
        }

        if (type.ContainingType is { } container && IsNetwork(container))
        {
            index.Layers.Add(type);
        }

        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            AddLayers(index, type, memberType, 0);
        }
    }

    private void AddLayers(Index index, INamedTypeSymbol holder, ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxTypeDepth)
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                AddLayers(index, holder, array.ElementType, depth + 1);
                break;
            case INamedTypeSymbol named:
                var definition = named.OriginalDefinition;
                if (IsInSource(definition) && !SymbolEqualityComparer.Default.Equals(definition, holder) && IsNetwork(definition))
                {
                    index.Layers.Add(definition);
                }

                foreach (var argument in named.TypeArguments)
                {
                    AddLayers(index, holder, argument, depth + 1);
                }

                break;
        }
    }

    private bool IsInSource(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);

    private sealed class Index
    {
        public HashSet<INamedTypeSymbol> Implemented { get; } = new(SymbolEqualityComparer.Default);

        public HashSet<INamedTypeSymbol> Layers { get; } = new(SymbolEqualityComparer.Default);
    }
}
