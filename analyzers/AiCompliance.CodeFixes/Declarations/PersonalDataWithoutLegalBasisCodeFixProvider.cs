using System.Composition;
using System.Linq;
using System.Threading;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC109: adds <c>LegalBasis = "TODO: …"</c> to the dataset declaration.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataWithoutLegalBasisCodeFixProvider)), Shared]
public sealed class PersonalDataWithoutLegalBasisCodeFixProvider : AddNamedArgumentCodeFixProvider
{
    public PersonalDataWithoutLegalBasisCodeFixProvider()
        : base(PersonalDataWithoutLegalBasisRule.Rule.Id, "LegalBasis", "\"TODO: legal basis for processing the personal data\"")
    {
    }

    private protected override AttributeSyntax? FindAttribute(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
}
