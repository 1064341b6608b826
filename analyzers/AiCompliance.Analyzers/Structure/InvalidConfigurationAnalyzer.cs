using System.Collections.Immutable;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// AIC005: AiComplianceMode or AiComplianceFrameworks holds a value the policy does not know. Reported once per
/// compilation at its end, without a location: the problem is in the build configuration, not in any source file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidConfigurationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidConfiguration,
        SourceOnlyRules.InvalidConfigurationTitle,
        SourceOnlyRules.InvalidConfigurationMessage,
        RuleCategory.Structure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        SourceOnlyRules.InvalidConfigurationDescription,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidConfiguration + ".md",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(end =>
        {
            if (!AnalysisSession.For(end.Compilation).IsSdkReferenced)
            {
                return;
            }

            var settings = new PolicySettingsReader(end.Options).Global;
            {
                if (settings.UnrecognizedMode is { } mode)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, "AiComplianceMode '" + mode + "' is not one of none, minimal, recommended, strict; the policy uses recommended"));
                }

                if (settings.UnknownFrameworkIds.Count > 0)
                {
                    var known = new System.Collections.Generic.List<string>();
                    foreach (var framework in FrameworkCatalog.All)
                    {
                        known.Add(framework.Id);
                    }

                    end.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        Location.None,
                        "AiComplianceFrameworks names unknown framework(s) '" + string.Join("', '", settings.UnknownFrameworkIds) + "'; known ids: " + string.Join(", ", known)));
                }
            }
        });
    }
}
