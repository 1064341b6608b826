using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.ModelCards.Tests;

/// <summary>The C# sources of the test assemblies.</summary>
public static class Sources
{
    /// <summary>Every declaration, every shape of type the reader must name like Roslyn, and odd ids.</summary>
    public const string Full = """
        using AiCompliance;

        [assembly: Dataset("loan-applications", Name = "Loan applications 2019-2024", Version = "2024-06", Source = "Core banking",
            Url = "https://data.example.com/loans", License = "LicenseRef-Internal", CollectionMethod = "Exported from the origination system",
            PersonalData = PersonalDataKind.Personal, LegalBasis = "Contract performance", Regions = new[] { "VN", "SG" },
            Languages = new[] { "vi", "en" }, KnownBias = "Few applicants over 70", Description = "Applications and outcomes")]
        [assembly: Dataset("holdout-2024", License = "CC-BY-4.0", PersonalData = PersonalDataKind.Pseudonymized, LegalBasis = "Legitimate interest")]
        [assembly: Dataset("unused-set", Url = "not a url")]
        [assembly: System.Reflection.AssemblyInformationalVersion("3.1.4-beta+abc")]
        [assembly: System.Reflection.AssemblyVersion("3.1.4.0")]

        namespace Contoso.Models
        {
            [AiModel("credit-risk-scorer", Name = "Credit risk scorer", Version = "2.1.0", Kind = ModelKind.Classifier, Provider = "Contoso",
                BaseModel = "xgboost-base", License = "Apache-2.0", Description = "Scores consumer loan applications.")]
            [RiskProfile(RiskLevel.High, Sector.Finance, Sector.PublicAdministration, Rationale = "Decides access to credit.")]
            [IntendedUse("Score consumer loan applications", Users = new[] { "Credit officers", "Branch managers" }, OutOfScope = new[] { "Mortgages", "Business loans" })]
            [KnownLimitation("Less accurate with thin credit files", Mitigation = "Routed to manual review")]
            [KnownLimitation("Not validated outside Viet Nam")]
            [ImpactAssessment("RISK-2026-014", Date = "2026-03-02", AssessedBy = "Model Risk Committee", Summary = "Acceptable with human review.")]
            [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer", CanOverride = true, CanStop = true, Justification = "Every decline is reviewed.")]
            [AccountableOwner("Retail Credit Risk", Contact = "credit-ai@example.com", Role = "Model owner")]
            [TrainedOn("loan-applications", "missing-set")]
            [Evaluation("auc", 0.87, Dataset = "holdout-2024", Threshold = 0.8, ConfidenceLow = 0.85, ConfidenceHigh = 0.89)]
            [Evaluation("auc", 0.78, Dataset = "holdout-2024", Slice = "age 18-25", Threshold = 0.8)]
            [Evaluation("auc", 0.91, Dataset = "holdout-2024", Slice = "age 26-60", Threshold = 0.8)]
            [Evaluation("error_rate", 0.12, Dataset = "holdout-2024", HigherIsBetter = false, Threshold = 0.15)]
            [Evaluation("error_rate", 0.13, Dataset = "holdout-2024", Slice = "language=en", Language = "en", HigherIsBetter = false, Threshold = 0.15)]
            [Evaluation("injection_success_rate", 0.01, Kind = EvaluationKind.RedTeaming, Language = "vi", HigherIsBetter = false, Threshold = 0.05)]
            [Evaluation("injection_success_rate", 0.02, Kind = EvaluationKind.RedTeaming, Language = "en", HigherIsBetter = false, Threshold = 0.05)]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Threshold = 0.05,
                Groups = new[] { "female", "male" }, GroupValues = new[] { 0.41, 0.44 }, Mitigation = "Reweighing")]
            [FairnessAssessment("region", Metric = "equal_opportunity_ratio", Value = 0.7, Threshold = 0.8, HigherIsBetter = true,
                Groups = new[] { "north", "south", "central" }, GroupValues = new[] { 0.5, 0.6 })]
            [SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.PromptInjection, Date = "2026-05-10", Reference = "SEC-881", Findings = "None open.", PerformedBy = "AppSec")]
            [Explainability("Reason codes", Description = "The four factors that lowered the score most are shown.")]
            [AiDisclosure("This score was computed by an AI model.")]
            [AiDisclosure("This score was computed by an AI model (English notice).", Language = "en")]
            [ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata, Standard = "C2PA 2.1")]
            [SupportedLanguages("vi", "en")]
            [DataResidency("VN", "SG")]
            [DataTransfer("VN", "SG", Mechanism = "ASEAN Model Contractual Clauses", Safeguards = "Encryption in transit and at rest")]
            [DataTransfer("SG", "JP")]
            [DecisionLogging("Inputs, score, reason codes and reviewer decision", RetentionDays = 2555)]
            [Monitoring("ai-incidents@example.com", DriftMonitoring = true, ReviewIntervalDays = 90)]
            [ComputeFootprint(TrainingEnergyKWh = 12.5, Co2eKg = 5.1, Hardware = "1x NVIDIA L4", Region = "SG")]
            public sealed class CreditRiskScorer
            {
            }

            public static class Outer
            {
                [AiModel("ranker", Kind = ModelKind.Ranking)]
                public sealed class Ranker<TItem>
                {
                }

                public class Inner<T>
                {
                    [AiModel("deep")]
                    [Evaluation("ndcg", 0.5)]
                    public class Deeper<U, @int>
                    {
                    }
                }
            }

            [AiModel("bare")]
            public struct BareModel
            {
            }

            [AiModel("chat-assistant", Kind = ModelKind.Generative)]
            [RiskProfile(RiskLevel.Limited)]
            [ComputeFootprint(Co2eKg = 3)]
            public interface IChatAssistant
            {
            }

            [IntendedUse("Declarations without [AiModel]: reported by AIC004, no card.")]
            public class StrayDeclarations
            {
            }

            [AiModel("credit-risk-scorer", Name = "Same id as another model")]
            public class DuplicateId
            {
            }

            [AiModel("../../etc/passwd")]
            public class PathInId
            {
            }

            [AiModel(null)]
            public class NullId
            {
            }

            [AiModel("not-a-number")]
            [Evaluation("accuracy", double.NaN, Threshold = double.PositiveInfinity, Slice = "nan")]
            [FairnessAssessment("age", GroupValues = new[] { double.NaN, 1e-300, -0.5 })]
            [RiskProfile((RiskLevel)42, (Sector)99)]
            [SecurityAssessment((SecurityTest)1024)]
            public class OddValues
            {
            }

            public class @class
            {
                [AiModel("keyword")]
                public class @event
                {
                }
            }
        }

        [AiModel("global-namespace")]
        public class GlobalModel
        {
        }
        """;

    /// <summary>An assembly with SDK references but no model.</summary>
    /// <summary>Risk acceptances of every state, for one model, for another, for every model; hostile text in one.</summary>
    public const string Accepted = """
        using AiCompliance;

        [assembly: RiskAcceptance("AIC111", Model = "credit-risk-scorer", Approver = "Chief Risk Officer", Until = "2026-12-31",
            Justification = "Fairness study runs in Q1; interim manual review.", Reference = "RISK-2026-118")]
        [assembly: RiskAcceptance("AIC120", Approver = "Head of Data", Until = "2027-01-31", Justification = "Footprint | measured <b>next</b> quarter")]
        [assembly: RiskAcceptance("AIC113", Model = "credit-risk-scorer", Approver = "CISO", Until = "2026-10-01", Justification = "Expired.")]
        [assembly: RiskAcceptance("AIC114", Model = "credit-risk-scorer", Until = "2026-12-31")]
        [assembly: RiskAcceptance("AIC115", Model = "chat-assistant", Approver = "COO", Until = "2026-12-15", Justification = "Banner ships in December.")]
        [assembly: RiskAcceptance("AIC104", Model = "Credit-Risk-Scorer", Approver = "Board", Until = "2028-06-30", Justification = "Too long.")]

        namespace Contoso.Accepted
        {
            [AiModel("credit-risk-scorer", Name = "Credit risk scorer", Kind = ModelKind.Classifier)]
            public sealed class CreditRiskScorer
            {
            }

            [AiModel("chat-assistant", Kind = ModelKind.Generative)]
            public sealed class ChatAssistant
            {
            }

            [AiModel("no-acceptance-here", Kind = ModelKind.Other)]
            public sealed class Other
            {
            }
        }
        """;

    public const string NoModels = """
        namespace Contoso.Utilities
        {
            public static class Helpers
            {
                public static int Twice(int x) => 2 * x;
            }
        }
        """;

    /// <summary>Its own copies of some SDK attributes, one enum with a byte underlying type.</summary>
    public const string SelfDefined = """
        [assembly: AiCompliance.Dataset("local", Regions = new[] { "VN" })]

        namespace AiCompliance
        {
            public enum ModelKind { Classifier = 0, Generative = 4 }
            public enum RiskLevel : byte { Minimal = 0, Limited = 1, High = 2 }
            public enum Sector : long { General = 0, Finance = 3 }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class AiModelAttribute : System.Attribute
            {
                public AiModelAttribute(string id) => Id = id;
                public string Id { get; }
                public string? Name { get; set; }
                public ModelKind Kind { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class RiskProfileAttribute : System.Attribute
            {
                public RiskProfileAttribute(RiskLevel level, params Sector[] sectors) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class EvaluationAttribute : System.Attribute
            {
                public EvaluationAttribute(string metric, double value) { }
                public string? Slice { get; set; }
                public object? Extra { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)]
            public sealed class DatasetAttribute : System.Attribute
            {
                public DatasetAttribute(string id) { }
                public string[]? Regions { get; set; }
            }
        }

        namespace Local
        {
            [AiCompliance.AiModel("self", Name = "Self-defined", Kind = AiCompliance.ModelKind.Generative)]
            [AiCompliance.RiskProfile(AiCompliance.RiskLevel.High, AiCompliance.Sector.Finance)]
            [AiCompliance.Evaluation("accuracy", 0.5, Slice = "all", Extra = new object[] { 1, "two", new[] { 3.0 } })]
            public class SelfModel
            {
            }
        }
        """;

    /// <summary>Strings that would break out of, or hide text in, every output syntax if not escaped.</summary>
    public static readonly string[] HostileStrings =
    [
        "</script><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "---\nlayout: evil\n---",
        "| a | b |\n|---|---|",
        "\"double\" 'single' `tick` \\back\\slash",
        "line1\nline2\r\nline3\rline4",
        "ctl \u0001\u0007\u001b[31mred\u007f\u0085\u009f tab\there",
        "\u202Eevil\u202C \u2066isolate\u2069 עברית العربية",
        "emoji 😀 👩‍👩‍👧 🇻🇳",
        "**bold** _it_ [link](javascript:alert(1)) ![img](x) <b>b</b> &amp; &#60; &lt;",
        "# heading",
        "> quote",
        "- list item",
        "1. one",
        "{#id .class} ::span:: $x$ ^sup^ ~~del~~ ==mark== ++ins++ \"\"cite\"\"",
        "\u2028\u2029\uFEFF zero-width\u200B\u200C\u200D\u2060\u00AD\uFE0F\u3164 tags \U000E0041\U000E0049\U000E007F",
        "]]></svg><svg onload=alert(1)><title>",
        "' onmouseover='alert(1)' x='",
        "nul\0byte",
        "    four spaces indent",
        "***",
        "=== \n***",
        "<!-- comment --> <![CDATA[x]]>",
        "%s {0} ${x} \\u0041",
        ":::",
        "---",
    ];

    public static string Hostile => Model(i => HostileStrings[i % HostileStrings.Length]);

    /// <summary>The hostile model's twin, with harmless text in every slot.</summary>
    public static string Plain => Model(i => "Plain text " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The hostile strings that the model's slots hold, by slot, for the checks.</summary>
    public static IReadOnlyDictionary<string, int> Slots { get; } = new Dictionary<string, int>
    {
        ["Name"] = 1,
        ["Version"] = 2,
        ["Provider"] = 3,
        ["BaseModel"] = 4,
        ["License"] = 5,
        ["Description"] = 6,
        ["Rationale"] = 7,
        ["Purpose"] = 8,
        ["OutOfScope"] = 11,
        ["Limitation"] = 12,
        ["Mitigation"] = 13,
        ["Reviewer"] = 18,
        ["Owner"] = 20,
        ["Contact"] = 21,
        ["Metric"] = 25,
        ["Slice1"] = 26,
        ["Slice2"] = 27,
        ["Notice"] = 38,
    };

    private static string Model(System.Func<int, string> text)
    {
        string S(int i) => SymbolDisplay.FormatLiteral(text(i), quote: true);
        var source = new StringBuilder();
        source.AppendLine("using AiCompliance;");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[assembly: Dataset({S(0)}, Name = {S(40)}, Version = {S(41)}, Source = {S(42)}, Url = {S(43)}, License = {S(44)}, CollectionMethod = {S(45)}, PersonalData = PersonalDataKind.Personal, LegalBasis = {S(46)}, Regions = new[] {{ {S(47)} }}, Languages = new[] {{ {S(48)} }}, KnownBias = {S(49)}, Description = {S(50)})]");
        source.AppendLine("namespace Hostile;");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[AiModel({S(0)}, Name = {S(1)}, Version = {S(2)}, Kind = ModelKind.Generative, Provider = {S(3)}, BaseModel = {S(4)}, License = {S(5)}, Description = {S(6)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[RiskProfile(RiskLevel.High, Sector.Healthcare, Rationale = {S(7)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[IntendedUse({S(8)}, Users = new[] {{ {S(9)}, {S(10)} }}, OutOfScope = new[] {{ {S(11)} }})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[KnownLimitation({S(12)}, Mitigation = {S(13)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[ImpactAssessment({S(14)}, Date = {S(15)}, AssessedBy = {S(16)}, Summary = {S(17)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[HumanOversight(OversightMode.HumanInTheLoop, Reviewer = {S(18)}, CanOverride = true, CanStop = true, Justification = {S(19)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[AccountableOwner({S(20)}, Contact = {S(21)}, Role = {S(22)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[TrainedOn({S(0)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[Evaluation({S(25)}, 0.9, Dataset = {S(0)}, Slice = {S(26)}, Threshold = 0.8)]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[Evaluation({S(25)}, 0.7, Dataset = {S(0)}, Slice = {S(27)}, Threshold = 0.8)]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[FairnessAssessment({S(28)}, Metric = {S(29)}, Value = 0.03, Threshold = 0.05, Groups = new[] {{ {S(30)}, {S(31)} }}, GroupValues = new[] {{ 0.4, 0.5 }}, Mitigation = {S(32)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[SecurityAssessment(SecurityTest.RedTeaming, Date = {S(33)}, Reference = {S(34)}, Findings = {S(35)}, PerformedBy = {S(36)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[Explainability({S(37)}, Description = {S(39)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[AiDisclosure({S(38)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[ContentProvenance(ProvenanceMethod.Watermark, Standard = {S(51)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[SupportedLanguages({S(52)}, {S(53)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[DataResidency({S(54)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[DataTransfer({S(55)}, {S(56)}, Mechanism = {S(57)}, Safeguards = {S(58)})]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[DecisionLogging({S(59)}, RetentionDays = 30)]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[Monitoring({S(60)}, DriftMonitoring = true, ReviewIntervalDays = 30)]");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[ComputeFootprint(TrainingEnergyKWh = 1, Co2eKg = 1, Hardware = {S(61)}, Region = {S(62)})]");
        source.AppendLine("public sealed class Model { }");
        return source.ToString();
    }

    public static string Slot(int i) => HostileStrings[i % HostileStrings.Length];

    public static IEnumerable<int> AllSlots => Enumerable.Range(0, 63);
}
