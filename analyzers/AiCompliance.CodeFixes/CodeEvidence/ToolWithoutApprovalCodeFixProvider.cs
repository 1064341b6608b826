using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiCompliance.CodeFixes.CodeEvidence;

/// <summary>
/// AIC402: wraps the tool's creation in <c>new ApprovalRequiredAIFunction(…)</c>, which tells the function-invoking
/// client to ask a person before the model's call runs. The type is written fully qualified and simplified, so the
/// fix compiles with or without <c>using Microsoft.Extensions.AI;</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ToolWithoutApprovalCodeFixProvider)), Shared]
public sealed class ToolWithoutApprovalCodeFixProvider : CodeFixProvider
{
    private const string WrapperTypeName = "global::Microsoft.Extensions.AI.ApprovalRequiredAIFunction";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(ToolWithoutApprovalRule.Rule.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax creation)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Require approval: wrap in ApprovalRequiredAIFunction", ct => WrapAsync(context.Document, creation, ct), equivalenceKey: ToolWithoutApprovalRule.Rule.Id),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> WrapAsync(Document document, InvocationExpressionSyntax creation, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var wrapped = SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.ParseTypeName(WrapperTypeName).WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(creation.WithoutTrivia()))),
                initializer: null)
            .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTriviaFrom(creation);
        return document.WithSyntaxRoot(root.ReplaceNode(creation, wrapped));
    }
}
