using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Infrastructure;

/// <summary>Adds a named argument (<c>Name = value</c>) at the end of an attribute's argument list.</summary>
internal static class NamedArgumentInserter
{
    public static AttributeSyntax Add(AttributeSyntax attribute, string name, string valueExpression)
    {
        if (attribute.ArgumentList?.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == name) == true)
        {
            return attribute;
        }

        var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(valueExpression))
            .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        if (attribute.ArgumentList is null)
        {
            return attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(argument)));
        }

        var arguments = attribute.ArgumentList.Arguments;
        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var updated = arguments.Count == 0
            ? SyntaxFactory.SingletonSeparatedList(argument)
            : SyntaxFactory.SeparatedList(arguments.Append(argument), Enumerable.Repeat(separator, arguments.Count));
        return attribute.WithArgumentList(attribute.ArgumentList.WithArguments(updated));
    }

    /// <summary>The attribute on <paramref name="type"/> whose class is the SDK attribute <paramref name="attributeName"/>.</summary>
    public static AttributeSyntax? Find(SemanticModel semanticModel, MemberDeclarationSyntax type, string attributeName, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var list in type.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } attributeClass } &&
                    attributeClass.Name == attributeName &&
                    attributeClass.ContainingNamespace?.ToDisplayString() == Policy.Declarations.AttributeNames.Namespace)
                {
                    return attribute;
                }
            }
        }

        return null;
    }
}
