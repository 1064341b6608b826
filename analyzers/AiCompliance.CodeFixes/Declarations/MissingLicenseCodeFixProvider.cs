using System.Composition;
using System.Linq;
using System.Threading;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC108: adds <c>License = "TODO: …"</c> to the model's <c>[AiModel]</c> (datasets are fixed where they are declared).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingLicenseCodeFixProvider)), Shared]
public sealed class MissingLicenseCodeFixProvider : AddNamedArgumentCodeFixProvider
{
    public MissingLicenseCodeFixProvider()
        : base(MissingLicenseRule.Rule.Id, "License", "\"TODO: SPDX licence expression\"")
    {
    }

    private protected override AttributeSyntax? FindAttribute(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(MissingLicenseRule.SubjectProperty, out var subject) || subject != "model")
        {
            return null;
        }

        var type = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        return type is null ? null : NamedArgumentInserter.Find(semanticModel, type, AttributeNames.AiModel, cancellationToken);
    }
}
