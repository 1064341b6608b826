using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// The operation trees of one member's executable code, built on demand (<see cref="SemanticModel.GetOperation"/>):
/// what the analyzer driver would have built for it, for the analyzers that bind only the members a cheap text filter
/// selected instead of registering operation actions (issue 18).
/// </summary>
internal static class MemberOperations
{
    /// <summary>The bodies, expression bodies, initializers and parameter defaults of a member; null where a part is absent.</summary>
    public static IEnumerable<IOperation?> Of(MemberDeclarationSyntax member, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (member)
        {
            case BaseMethodDeclarationSyntax method:
                yield return model.GetOperation(method, cancellationToken);
                foreach (var operation in Defaults(method.ParameterList, model, cancellationToken))
                {
                    yield return operation;
                }

                break;
            case BasePropertyDeclarationSyntax property:
                if (property.AccessorList is { } accessors)
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        yield return model.GetOperation(accessor, cancellationToken);
                    }
                }

                switch (property)
                {
                    case PropertyDeclarationSyntax { ExpressionBody: var body, Initializer: var initializer }:
                        yield return Of(body, model, cancellationToken);
                        yield return Of(initializer, model, cancellationToken);
                        break;
                    case IndexerDeclarationSyntax indexer:
                        yield return Of(indexer.ExpressionBody, model, cancellationToken);
                        foreach (var operation in Defaults(indexer.ParameterList, model, cancellationToken))
                        {
                            yield return operation;
                        }

                        break;
                }

                break;
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    yield return Of(variable.Initializer, model, cancellationToken);
                }

                break;
        }
    }

    /// <summary>The parameters' default values (constants, but a use of an AI constant is still a use).</summary>
    public static IEnumerable<IOperation?> Defaults(BaseParameterListSyntax parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var parameter in parameters.Parameters)
        {
            yield return Of(parameter.Default, model, cancellationToken);
        }
    }

    private static IOperation? Of(SyntaxNode? node, SemanticModel model, CancellationToken cancellationToken) =>
        node is null ? null : model.GetOperation(node, cancellationToken);
}
