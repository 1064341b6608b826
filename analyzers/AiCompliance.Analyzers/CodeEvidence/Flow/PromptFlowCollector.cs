using System.Collections.Generic;
using System.Threading;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Analyzers.CodeEvidence.Flow;

/// <summary>
/// The prompt flows of one named type (<see cref="PromptFlow"/>), for AIC404 and AIC405. What it costs (issue 18): a
/// text filter on each member (its tokens must name one of <see cref="PromptFlowApis.MentionNames"/> or an alias of one); only the members
/// that pass it are bound, their operation trees built on demand and given to <see cref="PromptTaintEngine"/>. A type
/// whose code names no prompt API is never bound. Nested types are analysed on their own; top-level statements are one
/// body. A method passed by name to <c>MapGet</c> (and the other mappings) is analysed once more, its request-bound
/// parameters as its only sources.
/// </summary>
internal static class PromptFlowCollector
{
    public static IReadOnlyList<PromptFlow> Collect(INamedTypeSymbol type, Compilation compilation, PromptFlowApis apis, CancellationToken cancellationToken)
    {
        var flows = new List<PromptFlow>();
        var handlers = new List<IMethodSymbol>();
        var mentionNames = apis.MentionNamesAndAliases(cancellationToken);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            SemanticModel Model() => model ??= compilation.GetSemanticModel(reference.SyntaxTree);
            switch (node)
            {
                case TypeDeclarationSyntax declaration:
                    foreach (var member in declaration.Members)
                    {
                        if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax || !Mentions(member, mentionNames))
                        {
                            continue;
                        }

                        var requestParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
                        if (apis.ReferencesAspNetCore && member is MethodDeclarationSyntax &&
                            Model().GetDeclaredSymbol(member, cancellationToken) is IMethodSymbol method && apis.IsAction(method))
                        {
                            AddRequestBound(method, apis, requestParameters);
                        }

                        PromptTaintEngine.Analyze(Roots(MemberOperations.Of(member, Model(), cancellationToken)), apis, requestParameters, parametersOnly: false, flows, handlers, cancellationToken);
                    }

                    break;
                case CompilationUnitSyntax unit when HasMentionedStatement(unit, mentionNames):
                    // The top-level statements are one body: a local declared in one statement is used in the next.
                    var statements = new List<IOperation?>();
                    foreach (var member in unit.Members)
                    {
                        if (member is GlobalStatementSyntax global)
                        {
                            statements.Add(Model().GetOperation(global.Statement, cancellationToken));
                        }
                    }

                    PromptTaintEngine.Analyze(Roots(statements), apis, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default), parametersOnly: false, flows, handlers, cancellationToken);
                    break;
            }
        }

        AnalyzeHandlers(handlers, compilation, apis, flows, cancellationToken);
        return flows.Count == 0 ? System.Array.Empty<PromptFlow>() : flows.ToArray();
    }

    private static void AnalyzeHandlers(List<IMethodSymbol> handlers, Compilation compilation, PromptFlowApis apis, List<PromptFlow> flows, CancellationToken cancellationToken)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var handler in handlers)
        {
            if (!seen.Add(handler.OriginalDefinition))
            {
                continue;
            }

            var requestParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            AddRequestBound(handler, apis, requestParameters);
            if (requestParameters.Count == 0)
            {
                continue;
            }

            foreach (var reference in handler.OriginalDefinition.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!compilation.ContainsSyntaxTree(reference.SyntaxTree) || syntax is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax))
                {
                    continue;
                }

                var root = compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(syntax, cancellationToken);
                if (root is not null)
                {
                    PromptTaintEngine.Analyze(new[] { root }, apis, requestParameters, parametersOnly: true, flows, new List<IMethodSymbol>(), cancellationToken);
                }
            }
        }
    }

    private static void AddRequestBound(IMethodSymbol method, PromptFlowApis apis, HashSet<IParameterSymbol> parameters)
    {
        foreach (var parameter in method.Parameters)
        {
            if (apis.IsRequestBound(parameter))
            {
                parameters.Add(parameter);
            }
        }
    }

    private static List<IOperation> Roots(IEnumerable<IOperation?> operations)
    {
        var roots = new List<IOperation>();
        foreach (var operation in operations)
        {
            if (operation is not null)
            {
                roots.Add(operation);
            }
        }

        return roots;
    }

    private static bool HasMentionedStatement(CompilationUnitSyntax unit, HashSet<string> names)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax && Mentions(member, names))
            {
                return true;
            }
        }

        return false;
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
}
