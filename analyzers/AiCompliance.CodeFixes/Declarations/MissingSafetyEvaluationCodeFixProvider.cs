using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC121: adds a safety <c>[Evaluation]</c> with placeholders (AIC207 and AIC208 keep reporting them until filled).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSafetyEvaluationCodeFixProvider)), Shared]
public sealed class MissingSafetyEvaluationCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingSafetyEvaluationCodeFixProvider()
        : base(MissingSafetyEvaluationRule.Rule.Id, "Evaluation(\"TODO: safety metric\", double.NaN, Kind = EvaluationKind.Safety)")
    {
    }
}
