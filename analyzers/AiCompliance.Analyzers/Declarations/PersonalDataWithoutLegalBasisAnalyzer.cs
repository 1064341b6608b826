using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC109: a dataset holds personal data and declares no legal basis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataWithoutLegalBasisAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PersonalDataWithoutLegalBasis,
        PersonalDataWithoutLegalBasisRule.Title,
        PersonalDataWithoutLegalBasisRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        PersonalDataWithoutLegalBasisRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.PersonalDataWithoutLegalBasis + ".md");

    public PersonalDataWithoutLegalBasisAnalyzer()
        : base(new PersonalDataWithoutLegalBasisRule(), Rule)
    {
    }
}
