using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC113: adds <c>[SecurityAssessment]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSecurityAssessmentCodeFixProvider)), Shared]
public sealed class AddSecurityAssessmentCodeFixProvider : AddDeclarationCodeFixProvider
{
    public AddSecurityAssessmentCodeFixProvider()
        : base(RuleIds.MissingSecurityAssessment, "SecurityAssessment(SecurityTest.None, Findings = \"TODO: tests done and their findings\")")
    {
    }
}
