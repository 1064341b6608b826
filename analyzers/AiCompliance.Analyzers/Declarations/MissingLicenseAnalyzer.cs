using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC108: a model or one of its training datasets declares no licence.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingLicenseAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingLicense,
        MissingLicenseRule.Title,
        MissingLicenseRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingLicenseRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingLicense + ".md");

    public MissingLicenseAnalyzer()
        : base(new MissingLicenseRule(), Rule)
    {
    }
}
