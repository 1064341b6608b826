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

    // What wins between the mode and the user's severities, as docs/configuration.md states it. Roslyn resolves a rule's
    // severity from the settings for its id first (from any .editorconfig or global config, the one with the higher
    // precedence winning) and looks at category-wide and analyzer-wide settings only when no file sets the id. The mode's
    // config sets every id, so per-rule settings beat the mode and category-wide ones never do.

    [Fact]
    public async Task A_rule_severity_in_the_users_globalconfig_wins_over_the_mode()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.GlobalConfigs.Add(UsersGlobalConfig("dotnet_diagnostic.AIC101.severity = suggestion"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-AiCompliance.Declarations.severity = suggestion")]
    [InlineData("dotnet_analyzer_diagnostic.severity = suggestion")]
    public async Task A_category_or_global_severity_in_the_users_editorconfig_does_not_override_the_mode(string setting)
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.EditorConfig = "[*.cs]\n" + setting + "\n";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_category_severity_in_the_users_globalconfig_does_not_override_the_mode()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Recommended));
        test.GlobalConfigs.Add(UsersGlobalConfig("dotnet_analyzer_diagnostic.category-AiCompliance.Declarations.severity = error"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_category_severity_applies_without_the_mode_config()
    {
        var test = Scorer();
        test.EditorConfig = "[*.cs]\ndotnet_analyzer_diagnostic.category-AiCompliance.Declarations.severity = error\n";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();
    }

    [Fact]
    public async Task None_switches_the_rule_off()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.None));
        await test.RunAsync();
    }

    /// <summary>A project's own <c>.globalconfig</c>: without a global_level of its own, Roslyn gives that file name level 100.</summary>
    private static string UsersGlobalConfig(string setting) => "is_global = true\nglobal_level = 100\n" + setting + "\n";

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
