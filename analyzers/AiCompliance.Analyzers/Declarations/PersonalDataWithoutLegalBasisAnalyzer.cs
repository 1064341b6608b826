using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC109: a dataset holds personal data and declares no legal basis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataWithoutLegalBasisAnalyzer : PolicyRuleAnalyzer
{
    public PersonalDataWithoutLegalBasisAnalyzer()
        : base(new PersonalDataWithoutLegalBasisRule())
    {
    }
}
