using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC118: adds <c>[DecisionLogging]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingDecisionLoggingCodeFixProvider)), Shared]
public sealed class MissingDecisionLoggingCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingDecisionLoggingCodeFixProvider()
        : base(MissingDecisionLoggingRule.Rule.Id, "DecisionLogging(\"TODO: what is logged and for how long\")")
    {
    }
}
