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
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
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

    private static AnalyzerTest Test(string source, string today)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(new MissingRiskProfileAnalyzer());
        test.Analyzers.Add(new ExpiredRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new UnusedRiskAcceptanceAnalyzer());
        test.Analyzers.Add(new RiskAcceptanceSuppressor());
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = today;
        return test;
    }
}
