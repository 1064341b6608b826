using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Generated;

/// <summary>
/// The global analyzer configs that implement the modes (sdk/AiCompliance/config) are generated from the rule
/// catalogue, and Roslyn applies them as documented: lower precedence than the user's own configuration.
/// </summary>
public sealed class ModeConfigurationTests
{
    public static TheoryData<string> Modes() => new("none", "minimal", "recommended", "strict");

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_shipped_config_matches_the_rule_catalogue(string mode) =>
        GeneratedFile.Verify(ConfigPath(mode), Render(Parse(mode)));

    [Fact]
    public async Task Strict_makes_the_baseline_rules_errors()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(Render(ComplianceMode.Strict));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_users_editorconfig_wins_over_the_mode()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(Render(ComplianceMode.Strict));
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.AIC101.severity = suggestion\n";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task None_switches_the_rule_off()
    {
        var test = Scorer();
        test.GlobalConfigs.Add(Render(ComplianceMode.None));
        await test.RunAsync();
    }

    internal static string ConfigPath(string mode) => RepositoryRoot.Combine("sdk", "AiCompliance", "config", $"aicompliance.{mode}.globalconfig");

    internal static string Render(ComplianceMode mode)
    {
        var name = mode.ToString().ToLowerInvariant();
        var text = new StringBuilder()
            .Append("# AiCompliance policy mode '").Append(name).Append("': the severity of every rule in this mode.\n")
            .Append("# Generated from the rule catalogue (sdk/AiCompliance.Policy/Rules); regenerate with AICOMPLIANCE_UPDATE_GENERATED=1.\n")
            .Append("# The package adds this file when AiComplianceMode=").Append(name).Append(". Its low global_level lets your own\n")
            .Append("# .editorconfig and .globalconfig settings win.\n")
            .Append("is_global = true\n")
            .Append("global_level = -90\n\n");
        foreach (var rule in RuleCatalog.Descriptors.OrderBy(r => r.Id, System.StringComparer.Ordinal))
        {
            text.Append("# ").Append(rule.Title).Append('\n');
            text.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(Severity(rule.SeverityIn(mode))).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static ComplianceMode Parse(string mode) => mode switch
    {
        "none" => ComplianceMode.None,
        "minimal" => ComplianceMode.Minimal,
        "strict" => ComplianceMode.Strict,
        _ => ComplianceMode.Recommended,
    };

    private static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "suggestion",
        _ => "none",
    };

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
