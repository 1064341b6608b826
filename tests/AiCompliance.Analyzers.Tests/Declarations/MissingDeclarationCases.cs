using System;
using System.Collections.Generic;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.CodeFixes.Declarations;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// One row per missing-declaration rule that reports on the model type: its analyzer, what makes the declaration
/// required (the model's kind and extra attributes), the risk text the message shows then, and an attribute that
/// satisfies it. The behaviour they share (partial, nested and generic types, aliases, modes, the SDK absent) is
/// tested once over all rows.
/// </summary>
public static class MissingDeclarationCases
{
    private const string HighRisk = "[RiskProfile(RiskLevel.High, Sector.Healthcare)]";

    public sealed record Row(string Id, Func<DiagnosticAnalyzer> Analyzer, string Kind, string Context, string Risk, string Satisfying, Func<CodeFixProvider> Fix, string Added);

    public static readonly IReadOnlyList<Row> All = new Row[]
    {
        new("AIC101", () => new MissingRiskProfileAnalyzer(), "", "", "risk not declared", "RiskProfile(RiskLevel.Limited)", () => new MissingRiskProfileCodeFixProvider(), "RiskProfile(RiskLevel.High, Rationale = \"TODO: why this risk level and these sectors\")"),
        new("AIC102", () => new MissingIntendedUseAnalyzer(), "", "", "risk not declared", "IntendedUse(\"Answer questions about parking permits\")", () => new MissingIntendedUseCodeFixProvider(), "IntendedUse(\"TODO: what the model is for\")"),
        new("AIC103", () => new MissingKnownLimitationsAnalyzer(), "", "", "risk not declared", "KnownLimitation(\"Only trained on adult patients\")", () => new MissingKnownLimitationsCodeFixProvider(), "KnownLimitation(\"TODO: what the model does badly or cannot do\")"),
        new("AIC104", () => new MissingImpactAssessmentAnalyzer(), "", HighRisk, "High, Healthcare", "ImpactAssessment(\"DPIA-2026-07\")", () => new MissingImpactAssessmentCodeFixProvider(), "ImpactAssessment(\"TODO: assessment document id or URL\")"),
        new("AIC105", () => new MissingHumanOversightAnalyzer(), "", "", "risk not declared", "HumanOversight(OversightMode.HumanOverTheLoop)", () => new MissingHumanOversightCodeFixProvider(), "HumanOversight(OversightMode.HumanInTheLoop, Reviewer = \"TODO: role of the person who reviews decisions\")"),
        new("AIC106", () => new MissingAccountableOwnerAnalyzer(), "", "", "risk not declared", "AccountableOwner(\"Digital Services\")", () => new MissingAccountableOwnerCodeFixProvider(), "AccountableOwner(\"TODO: accountable team or person\")"),
        new("AIC107", () => new MissingDataProvenanceAnalyzer(), "", "", "risk not declared", "TrainedOn(\"triage-notes-2025\")", () => new MissingDataProvenanceCodeFixProvider(), "TrainedOn(\"TODO: dataset id\")"),
        new("AIC111", () => new MissingFairnessAssessmentAnalyzer(), "", "", "risk not declared", "FairnessAssessment(\"age band\")", () => new MissingFairnessAssessmentCodeFixProvider(), "FairnessAssessment(\"TODO: protected attribute\")"),
        new("AIC112", () => new MissingEvaluationAnalyzer(), "", "", "risk not declared", "Evaluation(\"accuracy\", 0.91)", () => new MissingEvaluationCodeFixProvider(), "Evaluation(\"TODO: metric\", double.NaN)"),
        new("AIC113", () => new MissingSecurityAssessmentAnalyzer(), "", "", "risk not declared", "SecurityAssessment(SecurityTest.PenetrationTest)", () => new MissingSecurityAssessmentCodeFixProvider(), "SecurityAssessment(SecurityTest.None, Findings = \"TODO: tests done and their findings\")"),
        new("AIC114", () => new MissingExplainabilityAnalyzer(), "", HighRisk, "High, Healthcare", "Explainability(\"Reason codes\")", () => new MissingExplainabilityCodeFixProvider(), "Explainability(\"TODO: how outputs are explained\")"),
        new("AIC115", () => new MissingAiDisclosureAnalyzer(), ", Kind = ModelKind.Generative", "", "risk not declared, Generative", "AiDisclosure(\"Written by an AI assistant.\")", () => new MissingAiDisclosureCodeFixProvider(), "AiDisclosure(\"TODO: the notice shown to people\")"),
        new("AIC116", () => new MissingContentProvenanceAnalyzer(), ", Kind = ModelKind.Generative", "", "risk not declared, Generative", "ContentProvenance(ProvenanceMethod.VisibleLabel)", () => new MissingContentProvenanceCodeFixProvider(), "ContentProvenance(ProvenanceMethod.VisibleLabel, Standard = \"TODO: how generated content is marked\")"),
        new("AIC117", () => new MissingSupportedLanguagesAnalyzer(), ", Kind = ModelKind.Agent", "", "risk not declared, Agent", "SupportedLanguages(\"vi\", \"en\")", () => new MissingSupportedLanguagesCodeFixProvider(), "SupportedLanguages(\"TODO: BCP 47 language tag\")"),
        new("AIC118", () => new MissingDecisionLoggingAnalyzer(), "", HighRisk, "High, Healthcare", "DecisionLogging(\"Inputs and outputs per request\")", () => new MissingDecisionLoggingCodeFixProvider(), "DecisionLogging(\"TODO: what is logged and for how long\")"),
        new("AIC119", () => new MissingMonitoringAnalyzer(), "", "", "risk not declared", "Monitoring(\"ai-incidents@example.com\")", () => new MissingMonitoringCodeFixProvider(), "Monitoring(\"TODO: incident contact (email or URL)\")"),
        new("AIC120", () => new MissingComputeFootprintAnalyzer(), ", Kind = ModelKind.Generative", "", "risk not declared, Generative", "ComputeFootprint(TrainingEnergyKWh = 12.5)", () => new MissingComputeFootprintCodeFixProvider(), "ComputeFootprint(Hardware = \"TODO: training hardware\")"),
        new("AIC121", () => new MissingSafetyEvaluationAnalyzer(), ", Kind = ModelKind.Generative", "", "risk not declared, Generative", "Evaluation(\"toxicity_rate\", 0.01, Kind = EvaluationKind.Safety)", () => new MissingSafetyEvaluationCodeFixProvider(), "Evaluation(\"TODO: safety metric\", double.NaN, Kind = EvaluationKind.Safety)"),
    };

    public static IEnumerable<object[]> Ids()
    {
        foreach (var row in All)
        {
            yield return new object[] { row.Id };
        }
    }

    public static Row Get(string id)
    {
        foreach (var row in All)
        {
            if (row.Id == id)
            {
                return row;
            }
        }

        throw new ArgumentException(id);
    }
}
