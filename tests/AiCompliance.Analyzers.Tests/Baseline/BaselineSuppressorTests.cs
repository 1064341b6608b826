using System.Threading.Tasks;
using AiCompliance.Analyzers.Baseline;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Analyzers.Structure;

namespace AiCompliance.Analyzers.Tests.Baseline;

/// <summary>The checked-in baseline: what it suppresses (and shows as suppressed), and one AIC005 when it cannot be read.</summary>
public sealed class BaselineSuppressorTests
{
    private const string TwoModels = """
        using AiCompliance;

        [AiModel("alpha")]
        public sealed class {|#0:Alpha|} { }

        [AiModel("beta")]
        public sealed class {|#1:Beta|} { }
        """;

    [Fact]
    public Task A_recorded_finding_is_suppressed_by_rule_file_and_symbol_and_the_others_are_reported()
    {
        var test = Test(TwoModels, """
            { "schemaVersion": 1, "entries": [
              { "rule": "AIC102", "file": "Test0.cs", "symbol": "Alpha" },
              { "rule": "AIC102", "file": "Other.cs", "symbol": "Beta" },
              { "rule": "AIC101", "file": "Test0.cs", "symbol": "Beta" }
            ] }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(0).WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task A_baseline_that_cannot_be_read_suppresses_nothing_and_says_why_once()
    {
        var test = Test(TwoModels, "{ \"schemaVersion\": 1, \"entries\": [ { \"rule\": \"AIC102\" } ] }");
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(0));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(1));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC005").WithNoLocation().WithMessage(
            "The baseline '/0/aicompliance.baseline.json' (AiComplianceBaseline) entry 1 needs the strings 'rule', 'file' and 'symbol'; no finding is treated as known. Regenerate it with 'aicompliance baseline'."));
        return test.RunAsync();
    }

    [Fact]
    public Task An_additional_file_without_the_baseline_metadata_is_not_a_baseline()
    {
        var test = Test(TwoModels, "not json", marked: false);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(0));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(1));
        return test.RunAsync();
    }

    private static AnalyzerTest Test(string source, string baseline, bool marked = true)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(new MissingIntendedUseAnalyzer());
        test.Analyzers.Add(new InvalidConfigurationAnalyzer());
        test.Analyzers.Add(new BaselineSuppressor());
        test.TestState.AdditionalFiles.Add(("/0/aicompliance.baseline.json", baseline));
        if (marked)
        {
            test.EditorConfig = "[aicompliance.baseline.json]\nbuild_metadata.AdditionalFiles.AiComplianceBaseline = true\n";
        }

        return test;
    }
}
