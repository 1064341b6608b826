using System.Threading.Tasks;
using AiCompliance.Analyzers.Acceptances;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Analyzers.Values;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Acceptances;

/// <summary>Time-boxed risk acceptances: what they suppress, when they lapse, and what makes them stale or malformed.</summary>
public sealed class RiskAcceptanceTests
{
    private const string TwoModels = """
        using AiCompliance;

        [assembly: RiskAcceptance("AIC101", Model = "credit-scorer", Approver = "Chief Risk Officer", Until = "2026-12-31",
            Justification = "Risk classification workshop scheduled for December; interim manual review of every decision.",
            Reference = "RISK-2026-118")]

        [AiModel("credit-scorer")]
        public sealed class {|#0:CreditScorer|} { }

        [AiModel("fraud-screen")]
        public sealed class {|#1:FraudScreen|} { }
        """;

    [Fact]
    public Task An_acceptance_suppresses_exactly_its_rule_and_model_and_shows_as_suppressed()
    {
        var test = Test(TwoModels, "2026-11-21");
        test.Analyzers.Add(new MissingIntendedUseAnalyzer());
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(1));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(0));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task An_acceptance_without_a_model_covers_every_model_and_dataset_finding_of_its_rule()
    {
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC208", Approver = "Head of Data", Until = "2026-12-31", Justification = "Dataset documentation is being migrated.")]
            [assembly: Dataset("loans", Source = {|#0:"TBD"|})]

            [AiModel("credit-scorer", Description = {|#1:"TODO: describe"|})]
            public sealed class CreditScorer { }
            """, "2026-11-21");
        test.Analyzers.Clear();
        test.Analyzers.Add(new PlaceholderTextAnalyzer());
        test.Analyzers.Add(new RiskAcceptanceSuppressor());
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC208").WithLocation(0).WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC208").WithLocation(1).WithIsSuppressed(true));
        return test.RunAsync();
    }

    [Fact]
    public Task On_its_last_day_the_acceptance_still_holds()
    {
        var test = Test(TwoModels, "2026-12-31");
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task The_day_after_its_last_day_the_finding_returns_and_AIC306_fails_the_build()
    {
        var test = Test(TwoModels.Replace("Until = \"2026-12-31\"", "Until = {|#2:\"2026-12-31\"|}", System.StringComparison.Ordinal), "2027-01-01");
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(1));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC306").WithLocation(2).WithSeverity(DiagnosticSeverity.Error)
            .WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' expired on 2026-12-31; fix the finding or renew the acceptance with a new approval"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_acceptance_that_covers_nothing_is_stale()
    {
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance({|#0:"AIC101"|}, Model = "old-name", Approver = "CRO", Until = "2026-12-31", Justification = "Interim review.")]
            [assembly: RiskAcceptance({|#1:"AIC101"|}, Model = "credit-scorer", Approver = "CRO", Until = "2026-12-31", Justification = "Interim review.")]
            [assembly: RiskAcceptance("AIC001", Approver = "CTO", Until = "2026-12-31", Justification = "Needs source to re-check; never called stale.")]

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            public sealed class CreditScorer { }
            """, "2026-11-21");
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC307").WithLocation(0)
            .WithMessage("The risk acceptance of AIC101 for model 'old-name' matches no finding; remove it so that the register stays true"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC307").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task An_acceptance_naming_a_model_covers_declarations_on_types_nested_in_it_and_is_therefore_in_use()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using AiCompliance;

                [assembly: RiskAcceptance("AIC004", Model = "chat-assistant", Approver = "Platform lead", Until = "2026-12-31", Justification = "Helper notes move to the model in the next release.")]
                [assembly: RiskAcceptance({|#1:"AIC004"|}, Model = "other-model", Approver = "Platform lead", Until = "2026-12-31", Justification = "Nothing to cover.")]

                [AiModel("chat-assistant")]
                public sealed class ChatAssistant
                {
                    [{|#0:KnownLimitation("Answers in English only")|}]
                    private sealed class PromptHelper { }
                }
                """,
        };
        test.Analyzers.Add(new AiCompliance.Analyzers.Structure.DeclarationWithoutModelAnalyzer());
        test.Analyzers.Add(new UnusedRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new RiskAcceptanceSuppressor());
        test.RealToday = new System.DateTime(2026, 11, 21);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC004").WithLocation(0).WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC307").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task Incomplete_unknown_unacceptable_or_too_long_acceptances_are_reported_and_suppress_nothing()
    {
        var test = Test("""
            using AiCompliance;

            [assembly: {|#0:RiskAcceptance("AIC101", Model = "credit-scorer", Until = "2026-12-31")|}]
            [assembly: RiskAcceptance("AIC101", Model = "credit-scorer", Approver = "CRO", Justification = "Review.", Until = {|#1:"2027-06-30"|})]
            [assembly: RiskAcceptance({|#2:"AIC999"|}, Approver = "CRO", Justification = "Review.", Until = "2026-12-31")]
            [assembly: RiskAcceptance({|#3:"AIC305"|}, Approver = "CRO", Justification = "Review.", Until = "2026-12-31")]
            [assembly: RiskAcceptance("AIC101", Approver = {|#4:"TODO"|}, Justification = "Review.", Until = {|#5:"31/12/2026"|})]

            [AiModel("credit-scorer")]
            public sealed class {|#6:CreditScorer|} { }
            """, "2026-11-21");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(0).WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' has no Approver; it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(0).WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' has no Justification; it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(1).WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' runs until 2027-06-30, more than 180 days after 2026-11-21 (aicompliance.max_acceptance_days); it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(2).WithMessage("The risk acceptance of AIC999 names 'AIC999', which is not an AiCompliance rule; it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(3).WithMessage("The risk acceptance of AIC305 cannot accept AIC305: a prohibited use is never accepted; it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(4));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(5));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(6));
        return test.RunAsync();
    }

    [Fact]
    public Task The_maximum_length_comes_from_configuration()
    {
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Approver = "CRO", Justification = "Review.", Until = "2027-06-30")]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-11-21");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.GlobalOptions["aicompliance.max_acceptance_days"] = "365";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(true));
        return test.RunAsync();
    }

    [Fact]
    public Task A_pinned_build_date_never_extends_an_acceptance_the_real_date_decides()
    {
        // Pinned to 2026-01-01 for reproducible output; on the real date, 2026-12-05, the acceptance ended months ago.
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Model = "credit-scorer", Approver = "Chief Risk Officer", Until = {|#1:"2026-06-01"|},
                Justification = "Risk workshop in spring.")]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-12-05");
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-01-01";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC306").WithLocation(1).WithSeverity(DiagnosticSeverity.Error)
            .WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' expired on 2026-06-01; fix the finding or renew the acceptance with a new approval"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_length_limit_counts_from_the_real_date_too()
    {
        // 150 days after the real date, so within the default 180, although 338 days after the pinned date.
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Approver = "CRO", Justification = "Review.", Until = "2027-05-04")]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-12-05");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-01-01";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(true));
        return test.RunAsync();
    }

    [Fact]
    public Task An_approver_or_justification_that_shows_nothing_is_missing_and_the_acceptance_suppresses_nothing()
    {
        // Hangul fillers (U+3164, U+115F, U+1160) and a zero-width space: several characters, none visible.
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Model = "credit-scorer", Approver = {|#1:"\u3164\u115F\u1160"|}, Until = "2026-12-31",
                Justification = {|#2:"\u200B\u3164"|})]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-11-21");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(1)
            .WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' has no Approver (it shows nothing: U+3164 U+115F U+1160); it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(2)
            .WithMessage("The risk acceptance of AIC101 for model 'credit-scorer' has no Justification (it shows nothing: U+200B U+3164); it suppresses nothing until this is fixed"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3164")]
    [InlineData(" ")]
    public Task An_empty_or_invisible_model_covers_no_model_rather_than_every_model(string model)
    {
        var test = Test($$"""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Model = {|#2:"{{model}}"|}, Approver = "CRO", Until = "2026-12-31", Justification = "Review.")]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }

            [AiModel("fraud-screen")]
            public sealed class {|#1:FraudScreen|} { }
            """, "2026-11-21");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(1).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(2).WithMessage(
            "The risk acceptance of AIC101 names no model (" + (model == "" ? "it is empty" : model == " " ? "it is blank" : "it shows nothing: U+3164")
            + "); leave Model out to cover every model; it suppresses nothing until this is fixed"));
        return test.RunAsync();
    }

    [Fact]
    public Task Extreme_settings_are_reported_and_the_acceptance_rules_still_run()
    {
        // int.MaxValue days and the last day of the calendar made these rules throw (AD0001) and go silent.
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Approver = "CRO", Justification = "Review.", Until = {|#1:"9000-12-31"|})]
            [assembly: RiskAcceptance("AIC102", Approver = "CRO", Justification = "Review.", Until = {|#2:"2026-06-01"|})]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-12-05");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new MissingIntendedUseAnalyzer());
        test.Analyzers.Add(new AiCompliance.Analyzers.Structure.InvalidConfigurationAnalyzer());
        test.GlobalOptions["aicompliance.max_acceptance_days"] = "2147483647";
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "9999-12-31";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC102").WithLocation(0).WithIsSuppressed(false));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC308").WithLocation(1)
            .WithMessage("The risk acceptance of AIC101 runs until 9000-12-31, more than 180 days after 2026-12-05 (aicompliance.max_acceptance_days); it suppresses nothing until this is fixed"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC306").WithLocation(2));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("AiComplianceBuildDate '9999-12-31' is outside 2000-01-01 to 2199-12-31; the policy uses today's date, " + System.DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("aicompliance.max_acceptance_days '2147483647' is more than the maximum of 3660 days; the policy uses 180"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_maximum_length_comes_from_the_MSBuild_property_the_cards_use_too()
    {
        var test = Test("""
            using AiCompliance;

            [assembly: RiskAcceptance("AIC101", Approver = "CRO", Justification = "Review.", Until = "2027-06-30")]

            [AiModel("credit-scorer")]
            public sealed class {|#0:CreditScorer|} { }
            """, "2026-11-21");
        test.Analyzers.Add(new MalformedRiskAcceptanceAnalyzer());
        test.GlobalOptions["build_property.AiComplianceMaxAcceptanceDays"] = "365";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithIsSuppressed(true));
        return test.RunAsync();
    }

    /// <summary>A test on the real date <paramref name="today"/> (acceptances expire by it), with no pinned build date.</summary>
    private static AnalyzerTest Test(string source, string today)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(new MissingRiskProfileAnalyzer());
        test.Analyzers.Add(new ExpiredRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new UnusedRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new RiskAcceptanceSuppressor());
        test.RealToday = System.DateTime.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return test;
    }
}
