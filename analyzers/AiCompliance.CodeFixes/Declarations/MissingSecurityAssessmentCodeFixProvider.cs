using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC113: adds <c>[SecurityAssessment]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSecurityAssessmentCodeFixProvider)), Shared]
public sealed class MissingSecurityAssessmentCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingSecurityAssessmentCodeFixProvider()
        : base(MissingSecurityAssessmentRule.Rule.Id, "SecurityAssessment(SecurityTest.None, Findings = \"TODO: tests done and their findings\")")
    {
    }
}
