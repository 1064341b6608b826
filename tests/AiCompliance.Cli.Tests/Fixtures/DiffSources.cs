namespace AiCompliance.Cli.Tests.Fixtures;

/// <summary>Two versions of one assembly that differ in every kind of governance change the diff reports.</summary>
public static class DiffSources
{
    public const string V1 = """
        using AiCompliance;

        [assembly: Dataset("loans", Version = "2024", License = "CC-BY-4.0", PersonalData = PersonalDataKind.Pseudonymized, LegalBasis = "Contract performance")]
        [assembly: Dataset("holdout", License = "MIT", PersonalData = PersonalDataKind.Personal)]
        [assembly: Dataset("survey", PersonalData = PersonalDataKind.None)]
        [assembly: Dataset("old-set", License = "MIT")]
        [assembly: Dataset("used-set", License = "MIT")]
        [assembly: RiskAcceptance("AIC113", Model = "scorer", Approver = "CISO", Until = "2026-12-31", Justification = "Penetration test in Q4.")]
        [assembly: RiskAcceptance("AIC120", Approver = "Head of Data", Until = "2027-03-31", Justification = "Footprint measured next quarter.")]
        [assembly: RiskAcceptance("AIC114", Model = "scorer", Approver = "CRO", Until = "2026-12-31", Justification = "Explainability study.")]
        [assembly: ObservedInCode("scorer", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Scorer.cs", Line = 8)]
        [assembly: ObservedInCode("scorer", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Scorer.cs", Line = 30)]
        [assembly: ObservedInCode("scorer", "deployment-name", Value = "scoring-v1", Api = "AzureOpenAIClient.GetChatClient(deploymentName)", File = "Scorer.cs", Line = 9)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "region", Regions = "US", File = "Scorer.cs", Line = 10)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "http://localhost:11434", Api = "new OllamaApiClient(uriString)", Host = "localhost", Location = "on-premises", File = "Scorer.cs", Line = 11)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "https://scoring.contoso.example/v1", Api = "new Uri(uriString)", Host = "scoring.contoso.example", Location = "unknown", File = "Scorer.cs", Line = 12)]
        [assembly: ObservedInCode("scorer", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "required", File = "Tools.cs", Line = 4)]
        [assembly: ObservedInCode("scorer", "tool", Value = "lookup", Api = "AIFunctionFactory", Approval = "not-required", File = "Tools.cs", Line = 5)]
        [assembly: ObservedInCode("scorer", "tool", Value = "Search", Api = "KernelFunction", Approval = "not-visible", File = "Tools.cs", Line = 6)]
        [assembly: ObservedInCode("scorer", "tool", Value = "close", Api = "AIFunctionFactory", Approval = "required", File = "Tools.cs", Line = 7)]

        namespace Contoso
        {
            [AiModel("scorer", Name = "Scorer", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
            [RiskProfile(RiskLevel.High, Sector.Finance, Sector.Healthcare, Rationale = "Decides access to credit.")]
            [IntendedUse("Score loans", Users = new[] { "Officers" }, OutOfScope = new[] { "Mortgages", "Business loans" })]
            [KnownLimitation("Thin credit files", Mitigation = "Manual review")]
            [KnownLimitation("Old data")]
            [ImpactAssessment("IA-1", Date = "2025-01-10")]
            [HumanOversight(OversightMode.HumanInTheLoop, CanOverride = true, CanStop = true)]
            [AccountableOwner("Credit Risk", Contact = "a@example.com")]
            [TrainedOn("loans")]
            [Evaluation("auc", 0.85, Dataset = "holdout", Threshold = 0.8, Evidence = "eval/auc.json")]
            [Evaluation("error_rate", 0.10, Dataset = "holdout", Threshold = 0.15)]
            [Evaluation("f1", 0.7, Dataset = "holdout", Threshold = 0.75)]
            [Evaluation("recall", 0.6, Dataset = "holdout", Threshold = 0.5)]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Threshold = 0.05, Mitigation = "Reweighing")]
            [FairnessAssessment("age", Metric = "equal_opportunity_ratio", Value = 0.9, Threshold = 0.8)]
            [SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.PromptInjection, Date = "2026-01-01")]
            [ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Watermark)]
            [AiDisclosure("An AI model computes this score.")]
            [SupportedLanguages("vi", "en")]
            [DataResidency("VN")]
            [DataTransfer("VN", "SG", Safeguards = "Encryption")]
            [DataTransfer("VN", "JP")]
            [DecisionLogging("Inputs and score", RetentionDays = 365)]
            [Monitoring("ops@example.com", DriftMonitoring = true, ReviewIntervalDays = 30)]
            public sealed class Scorer
            {
            }

            [AiModel("assistant", Kind = ModelKind.Generative)]
            [RiskProfile(RiskLevel.Limited)]
            [HumanOversight(OversightMode.HumanOutOfTheLoop)]
            [Evaluation("toxicity_rate", 0.02)]
            [SecurityAssessment(SecurityTest.RedTeaming)]
            [DataResidency("VN", "TH")]
            [DataTransfer("VN", "SG")]
            [Monitoring("ops@example.com", DriftMonitoring = true, ReviewIntervalDays = 30)]
            public sealed class Assistant
            {
            }

            [AiModel("ranker", Kind = ModelKind.Ranking)]
            [SupportedLanguages("vi", "en")]
            [Monitoring("ops@example.com", DriftMonitoring = false, ReviewIntervalDays = 90)]
            public sealed class Ranker
            {
            }

            [AiModel("retired")]
            public sealed class Retired
            {
            }

            [AiModel("drafted", Kind = ModelKind.Classifier, BaseModel = "bert-base-multilingual")]
            [IntendedUse("Rank sales leads", OutOfScope = new[] { "Credit decisions" })]
            [AccountableOwner("Sales Ops", Contact = "sales@example.com")]
            [Explainability("SHAP", Description = "TODO: describe")]
            [AiDisclosure("TBD")]
            public sealed class Drafted
            {
            }
        }
        """;

    public const string V2 = """
        using AiCompliance;

        [assembly: Dataset("loans", Version = "2025", License = "CC-BY-NC-4.0", PersonalData = PersonalDataKind.Personal)]
        [assembly: Dataset("holdout", License = "MIT", PersonalData = PersonalDataKind.Anonymized, LegalBasis = "Consent")]
        [assembly: Dataset("survey", License = "CC0-1.0", PersonalData = PersonalDataKind.None)]
        [assembly: Dataset("web", License = "CC-BY-4.0")]
        [assembly: RiskAcceptance("AIC113", Model = "scorer", Approver = "CISO", Until = "2027-03-31", Justification = "Penetration test moved to Q1.")]
        [assembly: RiskAcceptance("AIC120", Approver = "Head of Data", Until = "2027-01-31", Justification = "Footprint measured next quarter.")]
        [assembly: RiskAcceptance("AIC111", Model = "scorer", Approver = "CRO", Until = "2027-02-28", Justification = "Fairness study.")]
        [assembly: ObservedInCode("scorer", "model-name", Value = "gpt-4o-mini", Api = "new ChatClient(model)", File = "Scoring/Scorer.cs", Line = 14)]
        [assembly: ObservedInCode("scorer", "model-name", Value = "gpt-4.1", Api = "new ChatClient(model)", File = "Scoring/Scorer.cs", Line = 15)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "https://api.openai.com/v1", Api = "new OpenAIClientOptions(Endpoint)", Host = "api.openai.com", Location = "region", Regions = "US", File = "Scoring/Scorer.cs", Line = 16)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "https://scoring.contoso.example/v1", Api = "new Uri(uriString)", Host = "scoring.contoso.example", Location = "region", Regions = "IE", File = "Scoring/Scorer.cs", Line = 17)]
        [assembly: ObservedInCode("scorer", "endpoint", Api = "new OllamaApiClient(uriString)", Location = "not-constant", File = "Scoring/Scorer.cs", Line = 18)]
        [assembly: ObservedInCode("scorer", "endpoint", Value = "https://evil.example/q?a=\"<b>|\n", Api = "new Uri(uriString)", Host = "evil.example", Location = "unknown", File = "Scoring/Scorer.cs", Line = 19)]
        [assembly: ObservedInCode("scorer", "tool", Value = "refund", Api = "AIFunctionFactory", Approval = "not-required", File = "Tools.cs", Line = 4)]
        [assembly: ObservedInCode("scorer", "tool", Value = "lookup", Api = "AIFunctionFactory", Approval = "required", File = "Tools.cs", Line = 5)]
        [assembly: ObservedInCode("scorer", "tool", Value = "Search", Api = "KernelFunction", Approval = "not-required", File = "Tools.cs", Line = 6)]
        [assembly: ObservedInCode("scorer", "tool", Value = "export", Api = "AIFunctionFactory", Approval = "not-required", File = "Tools.cs", Line = 8)]
        [assembly: ObservedInCode("new-model", "endpoint", Value = "https://api.anthropic.com", Api = "new AnthropicClient(baseUrl)", Host = "api.anthropic.com", Location = "region", Regions = "US", File = "NewModel.cs", Line = 3)]

        namespace Contoso
        {
            [AiModel("scorer", Name = "Scorer", Version = "1.1.0", Kind = ModelKind.Classifier, License = "Apache-2.0")]
            [RiskProfile(RiskLevel.Limited, Sector.Finance)]
            [IntendedUse("Score consumer loans", Users = new[] { "Officers", "Branch managers" }, OutOfScope = new[] { "Mortgages", "Car loans" })]
            [KnownLimitation("Thin credit files")]
            [ImpactAssessment("IA-1", Date = "2026-01-10")]
            [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true, CanStop = false)]
            [AccountableOwner("Credit Risk", Contact = "b@example.com", Role = "Model owner")]
            [TrainedOn("loans", "used-set")]
            [Evaluation("auc", 0.78, Dataset = "holdout", Threshold = 0.8)]
            [Evaluation("error_rate", 0.08, Dataset = "holdout", Threshold = 0.2)]
            [Evaluation("f1", 0.8, Dataset = "holdout", Threshold = 0.78, Evidence = "eval/f1.json")]
            [Evaluation("recall", 0.6, Dataset = "holdout")]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.07, Threshold = 0.05, Mitigation = "Reweighing")]
            [FairnessAssessment("age", Metric = "equal_opportunity_ratio", Value = 0.95, Threshold = 0.8, Mitigation = "Per-group thresholds")]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = "2026-01-01")]
            [ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata)]
            [Explainability("Reason codes")]
            [SupportedLanguages("vi", "en")]
            [DataResidency("VN", "SG")]
            [DataTransfer("VN", "SG")]
            [DataTransfer("VN", "US")]
            [DecisionLogging("Inputs and score", RetentionDays = 365)]
            public sealed class Scorer
            {
            }

            [AiModel("citizen-assistant", Kind = ModelKind.Generative)]
            [RiskProfile(RiskLevel.High, Sector.Education)]
            [KnownLimitation("May invent office opening hours")]
            [HumanOversight(OversightMode.HumanInTheLoop, CanOverride = true)]
            [Evaluation("toxicity_rate", 0.02, Threshold = 0.05)]
            [SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.DataPoisoning)]
            [DataResidency("VN")]
            [DataTransfer("VN", "SG", Safeguards = "Standard contractual clauses")]
            [Monitoring("ops@example.com", DriftMonitoring = false, ReviewIntervalDays = 90)]
            public sealed class Assistant
            {
            }

            [AiModel("ranker", Kind = ModelKind.Ranking)]
            [SupportedLanguages("vi")]
            [Monitoring("ops@example.com", DriftMonitoring = true, ReviewIntervalDays = 30)]
            public sealed class Ranker
            {
            }

            [AiModel("new-model", Kind = ModelKind.Embedding)]
            public sealed class NewModel
            {
            }

            [AiModel("complete-model", Kind = ModelKind.Classifier, BaseModel = "distilbert-base")]
            [RiskProfile(RiskLevel.Minimal)]
            [IntendedUse("Tag support tickets")]
            [KnownLimitation("English tickets only")]
            [AccountableOwner("Support Engineering", Contact = "support@example.com")]
            [Evaluation("accuracy", 0.91)]
            [TrainedOn("survey")]
            public sealed class CompleteModel
            {
            }

            // The code fixes' placeholders and an invisible Hangul filler where there was text; without its base
            // model, nothing says where the model comes from.
            [AiModel("drafted", Kind = ModelKind.Classifier)]
            [IntendedUse("\u3164", OutOfScope = new[] { "TODO" })]
            [AccountableOwner("TODO: owner", Contact = "sales@example.com")]
            [Explainability("SHAP", Description = "Per-feature SHAP values for each ranked lead.")]
            [DecisionLogging("TODO: what is logged")]
            public sealed class Drafted
            {
            }
        }
        """;
}
