using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Generated;

/// <summary>
/// The global analyzer configs that implement the modes, as the package build writes them from the rule catalogue
/// (<see cref="RuleBuildFiles"/>), are applied by Roslyn as documented: lower precedence than the user's own configuration.
/// </summary>
public sealed class ModeConfigurationTests
{
    [Fact]
    public async Task Strict_makes_the_baseline_rules_errors()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_users_editorconfig_wins_over_the_mode()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.AIC101.severity = suggestion\n";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task None_switches_the_rule_off()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.None));
        await test.RunAsync();
    }

    /// <summary>The mode's config as the package ships it, for tests elsewhere that apply a mode's severities.</summary>
    private static AnalyzerTest Scorer()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using AiCompliance;

                [AiModel("scorer")]
                public class {|#0:Scorer|} { }
                """,
        };
        test.Analyzers.Add(new MissingRiskProfileAnalyzer());
        return test;
    }
}
