using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Consistency.StaleAssessmentAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Consistency;

public sealed class StaleAssessmentTests
{
    private const string Source = """
        using AiCompliance;

        [AiModel("scorer")]
        [ImpactAssessment("DPIA-7", Date = {|#0:"2025-11-20"|})]
        [SecurityAssessment(SecurityTest.RedTeaming, Date = "2025-11-21")]
        public sealed class Scorer { }
        """;

    [Fact]
    public Task An_assessment_older_than_365_days_is_reported_on_its_date_and_one_exactly_365_days_old_is_not()
    {
        var test = Verifier.Test(Source);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC304").WithLocation(0).WithMessage(
            "The impact assessment of model 'scorer' is dated 2025-11-20, 366 days ago; renew it (assessments older than 365 days are out of date)"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_maximum_age_comes_from_editorconfig()
    {
        var test = Verifier.Test(Source.Replace("{|#0:\"2025-11-20\"|}", "\"2025-11-20\"", System.StringComparison.Ordinal).Replace("Date = \"2025-11-21\"", "Date = {|#0:\"2025-11-21\"|}", System.StringComparison.Ordinal));
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        test.EditorConfig = "[*.cs]\naicompliance.assessment_max_age_days = 400\n";
        test.ExpectedDiagnostics.Clear();
        return test.RunAsync();
    }

    [Fact]
    public Task A_shorter_maximum_age_reports_both_assessments()
    {
        var test = Verifier.Test("""
            using AiCompliance;

            [AiModel("scorer")]
            [ImpactAssessment("DPIA-7", Date = {|#0:"2026-05-01"|})]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = {|#1:"2026-08-01"|})]
            public sealed class Scorer { }
            """);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        test.EditorConfig = "[*.cs]\naicompliance.assessment_max_age_days = 90\n";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC304").WithLocation(0).WithMessage("The impact assessment of model 'scorer' is dated 2026-05-01, 204 days ago; renew it (assessments older than 90 days are out of date)"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC304").WithLocation(1).WithMessage("The security assessment of model 'scorer' is dated 2026-08-01, 112 days ago; renew it (assessments older than 90 days are out of date)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Undated_invalid_and_future_dates_are_left_to_other_rules()
    {
        var test = Verifier.Test("""
            using AiCompliance;

            [AiModel("scorer")]
            [ImpactAssessment("DPIA-7", Date = "01/05/2020")]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = "2030-01-01")]
            public sealed class Scorer { }

            [AiModel("other")]
            [ImpactAssessment("DPIA-8")]
            public sealed class Other { }
            """);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        return test.RunAsync();
    }
}
