using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static System.FormattableString;

namespace AiCompliance.CorpusGenerator;

/// <summary>How completely an AI component declares itself.</summary>
public enum DeclarationStyle
{
    /// <summary>Everything the recommended policy expects for its risk, sector and kind.</summary>
    Complete,

    /// <summary>[AiModel] and a few declarations: the analyzers report what is missing.</summary>
    Partial,

    /// <summary>Mostly complete, with invalid values (licence, language tag, date, contact, version, placeholder, breached threshold, inconsistent risk).</summary>
    Invalid,

    /// <summary>No attribute at all: the AI use is reported by AIC001.</summary>
    Unannotated,

    /// <summary>Declarations without [AiModel] (AIC004), a duplicate id (AIC002) or an unknown dataset (AIC003).</summary>
    Odd,
}

/// <summary>Writes the SDK attributes of one model: seeded, so the same model always gets the same declarations.</summary>
public static class Declarations
{
    /// <summary>The build date the corpora are checked at (AiComplianceBuildDate), so that findings do not change with the calendar.</summary>
    public const string BuildDate = "2026-09-01";

    private static readonly string[] Licenses = ["Apache-2.0", "MIT", "LicenseRef-Proprietary", "CC-BY-4.0", "LicenseRef-Internal"];
    private static readonly string[] InvalidLicenses = ["Apache 2", "GPL", "proprietary license", "MIT or whatever"];
    private static readonly string[] Languages = ["vi", "en", "id", "th", "ms", "fil", "ja", "km", "lo", "my", "zh-Hant", "en-SG"];
    private static readonly string[] Regions = ["VN", "SG", "ID", "TH", "MY", "PH", "JP", "KH", "LA", "MM", "BN"];
    private static readonly string[] Metrics = ["accuracy", "f1", "auc", "precision", "recall", "bleu", "rouge_l", "exact_match"];
    private static readonly string[] Providers = ["Contoso", "OpenAI", "Microsoft", "In-house"];
    private static readonly string[] BaseModels = ["gpt-4o-mini", "gpt-4.1", "text-embedding-3-small", "phi-4-mini", "llama-3.1-8b"];
    private static readonly string[] Owners = ["Retail Credit Risk", "Citizen Services", "Claims Operations", "Clinical Informatics", "Platform AI Team", "Customer Care"];

    /// <summary>The attribute lines (each "[...]") for a model; empty for <see cref="DeclarationStyle.Unannotated"/>.</summary>
    public static IReadOnlyList<string> For(string modelId, string displayName, string kind, DeclarationStyle style, IReadOnlyList<string> datasetIds, Random random)
    {
        var lines = new List<string>();
        if (style == DeclarationStyle.Unannotated)
        {
            return lines;
        }

        var sector = Pick(random, "Sector.Finance", "Sector.Healthcare", "Sector.Education", "Sector.PublicAdministration", "Sector.General", "Sector.Insurance");
        var highImpact = sector != "Sector.General";
        var level = highImpact ? (random.Next(3) == 0 ? "RiskLevel.Limited" : "RiskLevel.High") : Pick(random, "RiskLevel.Minimal", "RiskLevel.Limited");
        var generative = kind is "ModelKind.Generative" or "ModelKind.Agent";
        var dataset = datasetIds.Count == 0 ? "corpus-default" : datasetIds[random.Next(datasetIds.Count)];
        var owner = Pick(random, Owners);
        var contact = owner.ToLowerInvariant().Replace(' ', '-') + "@example.com";

        if (style == DeclarationStyle.Odd)
        {
            switch (random.Next(3))
            {
                case 0:
                    // Declarations on a type that is not a model (AIC004).
                    lines.Add(Invariant($"[IntendedUse(\"Helps the {displayName} team\")]"));
                    lines.Add(Invariant($"[AccountableOwner(\"{owner}\", Contact = \"{contact}\")]"));
                    return lines;
                case 1:
                    // The id of another model (AIC002): the generator reuses a fixed id.
                    lines.Add(Invariant($"[AiModel(\"shared-assistant\", Name = \"{displayName}\", Kind = {kind})]"));
                    lines.Add(Invariant($"[RiskProfile(RiskLevel.Limited, Sector.General, Rationale = \"Internal helper.\")]"));
                    return lines;
                default:
                    // A dataset that is not declared (AIC003).
                    lines.Add(Invariant($"[AiModel(\"{modelId}\", Name = \"{displayName}\", Version = \"1.0.0\", Kind = {kind})]"));
                    lines.Add(Invariant($"[TrainedOn(\"{dataset}\", \"undeclared-{modelId}\")]"));
                    lines.Add(Invariant($"[Evaluation(\"accuracy\", 0.9, Dataset = \"undeclared-eval-{modelId}\")]"));
                    return lines;
            }
        }

        var invalid = style == DeclarationStyle.Invalid;
        var version = invalid && random.Next(3) == 0 ? "v1.x" : Invariant($"{random.Next(1, 4)}.{random.Next(10)}.{random.Next(20)}");
        var license = invalid && random.Next(2) == 0 ? Pick(random, InvalidLicenses) : Pick(random, Licenses);
        lines.Add(Invariant($"[AiModel(\"{modelId}\", Name = \"{displayName}\", Version = \"{version}\", Kind = {kind}, Provider = \"{Pick(random, Providers)}\", BaseModel = \"{Pick(random, BaseModels)}\", License = \"{license}\", Description = \"{displayName} for the {owner} team.\")]"));

        if (invalid && random.Next(3) == 0)
        {
            // A high-impact sector below high risk (AIC302).
            lines.Add(Invariant($"[RiskProfile(RiskLevel.Minimal, Sector.Healthcare, Rationale = \"Only suggests; a clinician decides.\")]"));
        }
        else
        {
            lines.Add(Invariant($"[RiskProfile({level}, {sector}, Rationale = \"Affects how {displayName.ToLowerInvariant()} requests are handled.\")]"));
        }

        lines.Add(Invariant($"[IntendedUse(\"{(invalid && random.Next(4) == 0 ? "TODO" : "Assist staff with " + displayName.ToLowerInvariant())}\", Users = new[] {{ \"Case workers\", \"Supervisors\" }}, OutOfScope = new[] {{ \"Automated final decisions\" }})]"));
        lines.Add(Invariant($"[AccountableOwner(\"{owner}\", Contact = \"{(invalid && random.Next(3) == 0 ? "owner at example" : contact)}\", Role = \"Model owner\")]"));
        if (style == DeclarationStyle.Partial)
        {
            if (random.Next(2) == 0)
            {
                lines.Add(Invariant($"[KnownLimitation(\"Less accurate on short inputs\")]"));
            }

            return lines;
        }

        lines.Add(Invariant($"[KnownLimitation(\"Less accurate on short inputs\", Mitigation = \"Short inputs go to manual review\")]"));
        lines.Add(Invariant($"[KnownLimitation(\"Not evaluated on languages other than those declared\")]"));
        var date = invalid && random.Next(3) == 0 ? "2026-13-45" : Invariant($"2026-0{random.Next(1, 10)}-1{random.Next(10)}");
        lines.Add(Invariant($"[ImpactAssessment(\"IA-{random.Next(10000):D4}\", Date = \"{date}\", AssessedBy = \"AI Review Board\", Summary = \"Acceptable with human review.\")]"));
        var oversight = invalid && random.Next(3) == 0 ? "OversightMode.HumanOutOfTheLoop" : "OversightMode.HumanInTheLoop";
        lines.Add(Invariant($"[HumanOversight({oversight}, Reviewer = \"Case worker\", CanOverride = true, CanStop = true, Justification = \"Every output is reviewed before it is used.\")]"));
        lines.Add(Invariant($"[TrainedOn(\"{dataset}\")]"));
        var metricCount = 1 + random.Next(3);
        for (var i = 0; i < metricCount; i++)
        {
            var metric = Metrics[(i + random.Next(Metrics.Length)) % Metrics.Length];
            var threshold = 0.7 + (random.Next(20) / 100.0);
            var value = invalid && i == 0 && random.Next(2) == 0 ? threshold - 0.1 : threshold + 0.05 + (random.Next(10) / 100.0);
            var slice = i == 0 ? "" : Invariant($", Slice = \"{Pick(random, "age 18-25", "age 60+", "rural", "urban", "non-native speakers")}\"");
            lines.Add(Invariant($"[Evaluation(\"{metric}\", {Number(Math.Min(value, 0.99))}, Dataset = \"{dataset}\"{slice}, Threshold = {Number(threshold)})]"));
        }

        lines.Add(Invariant($"[FairnessAssessment(\"{Pick(random, "gender", "age", "region", "language")}\", Metric = \"demographic_parity_difference\", Value = 0.0{random.Next(1, 9)}, Threshold = 0.05, Groups = new[] {{ \"a\", \"b\" }}, GroupValues = new[] {{ 0.41, 0.44 }})]"));
        lines.Add(Invariant($"[SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.PromptInjection, Date = \"2026-05-10\", Reference = \"SEC-{random.Next(100, 999)}\", Findings = \"None open.\", PerformedBy = \"AppSec\")]"));
        lines.Add(Invariant($"[Explainability(\"Reason codes\", Description = \"The main factors are shown next to every output.\")]"));
        lines.Add(Invariant($"[AiDisclosure(\"This {(generative ? "text was written" : "result was computed")} by an AI model.\")]"));
        if (generative)
        {
            lines.Add("[ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata, Standard = \"C2PA 2.1\")]");
        }

        var first = Pick(random, Languages);
        var second = invalid && random.Next(3) == 0 ? "english" : Pick(random, Languages);
        lines.Add(Invariant($"[SupportedLanguages(\"{first}\"{(second == first ? "" : ", \"" + second + "\"")})]"));
        var home = Pick(random, Regions);
        lines.Add(Invariant($"[DataResidency(\"{home}\")]"));
        if (random.Next(3) == 0)
        {
            lines.Add(Invariant($"[DataTransfer(\"{home}\", \"{Pick(random, Regions)}\", Mechanism = \"ASEAN Model Contractual Clauses\", Safeguards = \"Encryption in transit and at rest\")]"));
        }

        lines.Add(Invariant($"[DecisionLogging(\"Inputs, outputs and reviewer decisions\", RetentionDays = {365 * (1 + random.Next(7))})]"));
        lines.Add(Invariant($"[Monitoring(\"{contact}\", DriftMonitoring = true, ReviewIntervalDays = {30 * (1 + random.Next(6))})]"));
        lines.Add(Invariant($"[ComputeFootprint(TrainingEnergyKWh = {random.Next(1, 500)}.5, Co2eKg = {random.Next(1, 200)}.1, Hardware = \"1x NVIDIA L4\", Region = \"{home}\")]"));
        return lines;
    }

    /// <summary>An <c>[assembly: Dataset]</c> line; some datasets are missing their licence or legal basis.</summary>
    public static string Dataset(string id, string displayName, Random random)
    {
        var personal = Pick(random, "PersonalDataKind.None", "PersonalDataKind.Personal", "PersonalDataKind.Pseudonymized", "PersonalDataKind.Anonymized");
        var legalBasis = personal == "PersonalDataKind.Personal" && random.Next(4) == 0 ? "" : ", LegalBasis = \"Legitimate interest\"";
        var license = random.Next(5) == 0 ? "" : Invariant($", License = \"{Pick(random, "CC-BY-4.0", "LicenseRef-Internal", "ODbL-1.0")}\"");
        return Invariant($"[assembly: Dataset(\"{id}\", Name = \"{displayName}\", Version = \"2025-{random.Next(1, 13):D2}\", Source = \"Exported from the {displayName.ToLowerInvariant()} system\"{license}, CollectionMethod = \"Production records, reviewed\", PersonalData = {personal}{legalBasis}, Regions = new[] {{ \"{Pick(random, Regions)}\" }}, Languages = new[] {{ \"{Pick(random, Languages)}\", \"en\" }}, Description = \"Records used to train and evaluate {displayName.ToLowerInvariant()} models.\")]");
    }

    /// <summary>
    /// An <c>[assembly: RiskAcceptance]</c> line for a model, active on <see cref="BuildDate"/> (an expired one is an
    /// error in the recommended mode, and a build that fails writes no model cards).
    /// </summary>
    public static string RiskAcceptance(string modelId, int number, Random random)
    {
        var rule = Pick(random, "AIC111", "AIC120", "AIC114", "AIC117");
        var until = "2026-12-31";
        return Invariant($"[assembly: RiskAcceptance(\"{rule}\", Model = \"{modelId}\", Approver = \"Chief Risk Officer\", Until = \"{until}\", Justification = \"Assessment scheduled; compensating manual review in place.\", Reference = \"RA-{number:D4}\")]");
    }

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    internal static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    internal static IEnumerable<string> Indent(IEnumerable<string> lines, string indent) => lines.Select(l => indent + l);
}
