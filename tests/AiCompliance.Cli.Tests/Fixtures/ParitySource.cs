namespace AiCompliance.Cli.Tests.Fixtures;

/// <summary>
/// A realistic assembly for the parity test: a bank's credit and assistant models with many declarations, some of them
/// invalid, datasets (one duplicated, one with personal data and no legal basis), risk acceptances that are active,
/// expired, stale, malformed and out of bounds, a stray declaration (also nested in a model), a duplicated model id whose
/// source order differs from its name order, a generic and a nested model, and a prohibited model. Checked on
/// 2026-11-21 (<see cref="Date"/>).
/// </summary>
public static class ParitySource
{
    public const string Date = "2026-11-21";

    public const string Text = """
        using AiCompliance;

        [assembly: Dataset("loan-applications", Name = "Loan applications 2019-2024", Version = "2024-06", Source = "Core banking",
            Url = "https://data.example.com/loans", License = "LicenseRef-Internal", CollectionMethod = "Exported from the origination system",
            PersonalData = PersonalDataKind.Personal, LegalBasis = "Contract performance", Regions = new[] { "VN", "SG" },
            Languages = new[] { "vi", "en" }, KnownBias = "Few applicants over 70")]
        [assembly: Dataset("holdout-2024", License = "CC-BY-4.0", PersonalData = PersonalDataKind.Pseudonymized, Regions = new[] { "VN" })]
        [assembly: Dataset("web-crawl", License = "Definitely-Not-SPDX", Regions = new[] { "XX", "Atlantis" }, Languages = new[] { "english", "vi" })]
        [assembly: Dataset("HOLDOUT-2024", Url = "https://data.example.com/holdout", License = "MIT")]
        [assembly: Dataset("faq-pages", Name = "TODO", License = "CC0-1.0", PersonalData = PersonalDataKind.None)]

        // Active on 2026-11-21, scoped to one model.
        [assembly: RiskAcceptance("AIC111", Model = "credit-risk-scorer", Approver = "Chief Risk Officer", Until = "2026-12-31",
            Justification = "Fairness study runs in Q1; interim manual review of every decline.", Reference = "RISK-2026-118")]
        // Active, for every model and dataset: covers dataset findings too.
        [assembly: RiskAcceptance("AIC201", Approver = "Data Governance Board", Until = "2027-02-28",
            Justification = "Internal licence texts are being registered with SPDX.", Reference = "DG-77")]
        // Expired.
        [assembly: RiskAcceptance("AIC113", Approver = "CISO", Until = "2026-10-01", Justification = "Penetration test booked for Q4.")]
        // Active but stale: the fraud model declares its footprint.
        [assembly: RiskAcceptance("AIC120", Model = "fraud-detector", Approver = "Head of Data", Until = "2027-01-31", Justification = "Footprint measured next quarter.")]
        // Malformed: no approver, no justification.
        [assembly: RiskAcceptance("AIC114", Model = "credit-risk-scorer", Until = "2026-12-31")]
        // Malformed: a prohibited use is never accepted.
        [assembly: RiskAcceptance("AIC305", Approver = "Board", Until = "2026-12-01", Justification = "We really need it.")]
        // Malformed: not a rule, and an invalid date.
        [assembly: RiskAcceptance("AIC999", Approver = "Board", Until = "31/12/2026", Justification = "Typo.")]
        // Malformed: runs longer than aicompliance.max_acceptance_days (200 here).
        [assembly: RiskAcceptance("AIC104", Model = "chat-assistant", Approver = "COO", Until = "2028-01-01", Justification = "Assessment later.")]
        // Active, for a stray type nested in a model: the suppressor finds the model around it.
        [assembly: RiskAcceptance("AIC004", Model = "chat-assistant", Approver = "Platform lead", Until = "2027-01-15",
            Justification = "Helper carries a limitation note until the refactoring.", Reference = "PLAT-9")]
        // Active, covering a rule that fires on the blank-id model (no model named: covers it).
        [assembly: RiskAcceptance("AIC106", Approver = "Head of Lending", Until = "2027-03-01", Justification = "Owner being appointed.")]

        namespace Contoso.Lending
        {
            // Declared first, sorts last: the analyzers order duplicates by source, not by name.
            [AiModel("credit-risk-scorer", Name = "Legacy scorer", Version = "1.0", Kind = ModelKind.Classifier)]
            [RiskProfile(RiskLevel.Limited, Sector.Finance, Rationale = "Legacy.")]
            [IntendedUse("Score loans (legacy)")]
            [AccountableOwner("Retail Credit Risk", Contact = "credit-ai@example.com")]
            public sealed class ZetaLegacyScorer
            {
            }

            [AiModel("credit-risk-scorer", Name = "Credit risk scorer", Version = "2.1", Kind = ModelKind.Classifier, Provider = "Contoso",
                License = "Apache-2.0", Description = "Scores consumer loan applications.")]
            [RiskProfile(RiskLevel.High, Sector.Finance, Sector.PublicAdministration, Rationale = "Decides access to credit.")]
            [IntendedUse("Score consumer loan applications", Users = new[] { "Credit officers" }, OutOfScope = new[] { "Mortgages" })]
            [KnownLimitation("Less accurate with thin credit files", Mitigation = "Routed to manual review")]
            [ImpactAssessment("RISK-2025-014", Date = "2025-03-02", AssessedBy = "Model Risk Committee")]
            [HumanOversight(OversightMode.HumanOverTheLoop, Reviewer = "Credit officer", CanOverride = true)]
            [AccountableOwner("Retail Credit Risk", Contact = "not-an-address", Role = "Model owner")]
            [TrainedOn("loan-applications", "missing-set")]
            [Evaluation("auc", 0.87, Dataset = "holdout-2024", Threshold = 0.8)]
            [Evaluation("auc", 0.74, Dataset = "holdout-2024", Slice = "age 18-25", Threshold = 0.8)]
            [Evaluation("accuracy", 87, Dataset = "holdout-2024")]
            [Evaluation("error_rate", 0.2, Dataset = "unknown-set", Threshold = 0.15)]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = "2026-13-01", Reference = "SEC-881")]
            [SupportedLanguages("vi", "english")]
            [DataResidency("VN", "SG")]
            [DataTransfer("VN", "JP")]
            [DecisionLogging("Inputs, score and reviewer decision", RetentionDays = 2555)]
            [Monitoring("ai-incidents@example.com", DriftMonitoring = true, ReviewIntervalDays = 90)]
            public sealed class CreditRiskScorer
            {
            }

            [AiModel("fraud-detector", Version = "v3", Kind = ModelKind.Classifier)]
            [RiskProfile(RiskLevel.Minimal, Sector.Finance)]
            [IntendedUse("Flag card transactions for review")]
            [AccountableOwner("Fraud Ops", Contact = "fraud@example.com")]
            [ComputeFootprint(TrainingEnergyKWh = 3.2, Hardware = "CPU")]
            [FairnessAssessment("age", Metric = "demographic_parity_difference", Value = 0.12, Threshold = 0.05)]
            public sealed class FraudDetector
            {
            }

            public static class Experiments
            {
                [AiModel("ranker", Kind = ModelKind.Ranking)]
                [RiskProfile(RiskLevel.Prohibited, Rationale = "Social scoring experiment")]
                [IntendedUse("TBD")]
                [AccountableOwner("Lab")]
                public sealed class Ranker<TItem>
                {
                }
            }

            [AiModel("")]
            [RiskProfile(RiskLevel.High, Sector.Employment)]
            [IntendedUse("Screen job applications")]
            public sealed class NamelessScreener
            {
            }

            [RiskProfile(RiskLevel.High)]
            [Evaluation("f1", 0.9)]
            public sealed class NotAModel
            {
            }
        }

        namespace Contoso.Service
        {
            [AiModel("chat-assistant", Name = "Citizen assistant", Kind = ModelKind.Generative, Provider = "Contoso", BaseModel = "open-llm-8b")]
            [RiskProfile(RiskLevel.Limited, Sector.PublicAdministration)]
            [IntendedUse("Answer questions about public services")]
            [AccountableOwner("Digital Services", Contact = "assistant@example.gov")]
            [AiDisclosure("You are talking to an AI assistant.")]
            [SupportedLanguages("vi", "en", "km")]
            [DataTransfer("VN", "SG", Mechanism = "ASEAN Model Contractual Clauses")]
            [Monitoring("ai-incidents@example.gov", ReviewIntervalDays = 30)]
            public sealed class ChatAssistant
            {
                [KnownLimitation("Helper answers only in Vietnamese")]
                public sealed class Helper
                {
                }
            }
        }
        """;
}
