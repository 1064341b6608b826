using System;
using System.Threading;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// Maps a finding back to source: the offending array element, argument or attribute, or the model type's identifier.
/// Falls back to the nearest enclosing thing it can find, so a finding is never dropped for want of a location.
/// </summary>
internal static class FindingLocator
{
    public static Location Locate(Finding finding, ISymbol? type, CancellationToken cancellationToken)
    {
        if (finding.CodeOrigin is Location { IsInSource: true } inCode)
        {
            return inCode;
        }

        if (finding.Target?.Origin is AttributeData attribute &&
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
        {
            if (finding.Property is { } property &&
                FindArgument(syntax, finding.Target.AttributeName, property, finding.Element) is { } argument)
            {
                return argument.GetLocation();
            }

            return syntax.GetLocation();
        }

        return TypeIdentifier(finding.Model, type, cancellationToken);
    }

    /// <summary>The identifier of the declaration that carries <c>[AiModel]</c>, else the type's first location.</summary>
    public static Location TypeIdentifier(ModelDeclarations? model, ISymbol? type, CancellationToken cancellationToken)
    {
        if (model?.Identity?.Origin is AttributeData attribute &&
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is { } attributeSyntax)
        {
            for (var node = attributeSyntax.Parent; node is not null; node = node.Parent)
            {
                if (node is BaseTypeDeclarationSyntax declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }
        }

        if (type is not null && !type.Locations.IsEmpty)
        {
            return type.Locations[0];
        }

        return Location.None;
    }

    private static SyntaxNode? FindArgument(AttributeSyntax attribute, string attributeName, string property, int? element)
    {
        var arguments = attribute.ArgumentList?.Arguments;
        if (arguments is null)
        {
            return null;
        }

        var list = arguments.Value;
        foreach (var argument in list)
        {
            if (argument.NameEquals is { } nameEquals && nameEquals.Name.Identifier.ValueText == property)
            {
                return Element(argument.Expression, element) ?? argument.Expression;
            }
        }

        var parameters = AttributeNames.ConstructorProperties(attributeName);
        var parameterIndex = Array.IndexOf(parameters, property);
        if (parameterIndex < 0)
        {
            return null;
        }

        var parameterName = char.ToLowerInvariant(property[0]) + property.Substring(1);
        var position = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var argument = list[i];
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is { } nameColon)
            {
                if (nameColon.Name.Identifier.ValueText == parameterName)
                {
                    return Element(argument.Expression, element) ?? argument.Expression;
                }

                position++;
                continue;
            }

            if (position == parameterIndex)
            {
                var isParams = AttributeNames.HasParamsArray(attributeName) && parameterIndex == parameters.Length - 1;
                if (element is { } index && isParams && !IsArray(argument.Expression))
                {
                    var target = i + index;
                    return target < list.Count && list[target].NameEquals is null ? list[target].Expression : argument.Expression;
                }

                return Element(argument.Expression, element) ?? argument.Expression;
            }

            position++;
        }

        return null;
    }

    private static bool IsArray(ExpressionSyntax expression) =>
        expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax;

    private static SyntaxNode? Element(ExpressionSyntax expression, int? element)
    {
        if (element is not { } index || index < 0)
        {
            return null;
        }

        switch (expression)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } initializer } when index < initializer.Expressions.Count:
                return initializer.Expressions[index];
            case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } when index < initializer.Expressions.Count:
                return initializer.Expressions[index];
            case CollectionExpressionSyntax collection when index < collection.Elements.Count:
                return collection.Elements[index] is ExpressionElementSyntax item ? item.Expression : collection.Elements[index];
        }

        return null;
    }
}
