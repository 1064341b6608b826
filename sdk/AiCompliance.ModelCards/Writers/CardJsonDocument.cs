using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AiCompliance.ModelCards.Writers;

// The JSON card as docs/schema/model-card.schema.json describes it. Properties are written in declaration order; every
// property is always written: what a model does not declare is null, a list it does not declare is []. The one
// exception is OtherDeclarations, absent while every model-level declaration kind has a layout of its own.
internal sealed record CardJsonDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    string SchemaVersion,
    CardJsonGenerator Generator,
    string? Date,
    bool Incomplete,
    IReadOnlyList<CardJsonDeclarationStatus> DeclarationStatuses,
    CardJsonSource Source,
    CardJsonModel Model,
    CardJsonRisk? Risk,
    CardJsonIntendedUse? IntendedUse,
    IReadOnlyList<CardJsonLimitation> KnownLimitations,
    CardJsonImpactAssessment? ImpactAssessment,
    CardJsonHumanOversight? HumanOversight,
    CardJsonAccountableOwner? AccountableOwner,
    CardJsonTraining Training,
    IReadOnlyList<CardJsonDataset> Datasets,
    IReadOnlyList<CardJsonMetricSeries> Evaluations,
    IReadOnlyList<CardJsonFairnessAssessment> FairnessAssessments,
    CardJsonSecurityAssessment? SecurityAssessment,
    CardJsonExplainability? Explainability,
    CardJsonAiDisclosure? AiDisclosure,
    IReadOnlyList<CardJsonAiDisclosure> AiDisclosures,
    CardJsonContentProvenance? ContentProvenance,
    CardJsonSupportedLanguages? SupportedLanguages,
    CardJsonDataResidency? DataResidency,
    IReadOnlyList<CardJsonDataTransfer> DataTransfers,
    CardJsonDecisionLogging? DecisionLogging,
    CardJsonMonitoring? Monitoring,
    CardJsonComputeFootprint? ComputeFootprint,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object?>? OtherDeclarations,
    CardJsonObservedInCode? ObservedInCode,
    CardJsonCompliance Compliance,
    CardJsonRiskAcceptances RiskAcceptances,
    IReadOnlyList<CardJsonKnownGap>? KnownGaps);

internal sealed record CardJsonGenerator(string Name, string Version);

internal sealed record CardJsonDeclarationStatus(string Id, string Title, string Status, IReadOnlyList<string> Reasons);

internal sealed record CardJsonSource(
    string? Assembly,
    string? AssemblyVersion,
    string? InformationalVersion,
    string Sha256,
    string Mvid,
    string? TypeName);

internal sealed record CardJsonModel(
    string? Id,
    string? Name,
    string? Version,
    string? Kind,
    string? Provider,
    string? BaseModel,
    string? License,
    string? Description);

internal sealed record CardJsonRisk(string? Level, IReadOnlyList<string> Sectors, string? Rationale, bool TreatedAsHighRisk);

internal sealed record CardJsonIntendedUse(string? Purpose, IReadOnlyList<string?> Users, IReadOnlyList<string?> OutOfScope);

internal sealed record CardJsonLimitation(string? Description, string? Mitigation);

internal sealed record CardJsonImpactAssessment(string? Reference, string? Date, string? AssessedBy, string? Summary);

internal sealed record CardJsonHumanOversight(string? Mode, string? Reviewer, bool? CanOverride, bool? CanStop, string? Justification);

internal sealed record CardJsonAccountableOwner(string? Owner, string? Contact, string? Role);

internal sealed record CardJsonTraining(IReadOnlyList<string?> DatasetIds, IReadOnlyList<string?> UndeclaredDatasetIds);

internal sealed record CardJsonDataset(
    string? Id,
    string? Name,
    string? Version,
    string? Description,
    string? Source,
    string? Url,
    string? License,
    string? CollectionMethod,
    string? PersonalData,
    string? LegalBasis,
    IReadOnlyList<string?> Regions,
    IReadOnlyList<string?> Languages,
    string? KnownBias,
    IReadOnlyList<string> UsedFor);

internal sealed record CardJsonMetricSeries(string? Metric, bool HigherIsBetter, IReadOnlyList<CardJsonMetricResult> Results);

internal sealed record CardJsonMetricResult(
    double? Value,
    string? Dataset,
    string? Slice,
    double? Threshold,
    double? ConfidenceLow,
    double? ConfidenceHigh,
    bool HigherIsBetter,
    bool? MeetsThreshold,
    string? Kind,
    string? Language,
    string? Evidence,
    string? EvidenceSha256,
    string? EvidenceCheck);

internal sealed record CardJsonFairnessAssessment(
    string? ProtectedAttribute,
    string? Metric,
    double? Value,
    double? Threshold,
    bool HigherIsBetter,
    bool? MeetsThreshold,
    IReadOnlyList<CardJsonFairnessGroup> Groups,
    string? Mitigation,
    string? Language,
    string? Evidence,
    string? EvidenceSha256,
    string? EvidenceCheck);

internal sealed record CardJsonFairnessGroup(string? Group, double? Value);

internal sealed record CardJsonSecurityAssessment(
    IReadOnlyList<string?>? Tests,
    string? Date,
    string? Reference,
    string? Findings,
    string? PerformedBy,
    string? Evidence,
    string? EvidenceSha256);

internal sealed record CardJsonExplainability(string? Method, string? Description);

internal sealed record CardJsonAiDisclosure(string? Notice, string? Language);

internal sealed record CardJsonContentProvenance(IReadOnlyList<string?>? Methods, string? Standard);

internal sealed record CardJsonSupportedLanguages(IReadOnlyList<string?> LanguageTags);

internal sealed record CardJsonDataResidency(IReadOnlyList<string?> Regions);

internal sealed record CardJsonDataTransfer(string? FromRegion, string? ToRegion, string? Mechanism, string? Safeguards);

internal sealed record CardJsonDecisionLogging(string? Description, int? RetentionDays);

internal sealed record CardJsonMonitoring(string? IncidentContact, bool? DriftMonitoring, int? ReviewIntervalDays);

internal sealed record CardJsonComputeFootprint(double? TrainingEnergyKWh, double? Co2eKg, string? Hardware, string? Region);

/// <summary>
/// What the build saw in the model's code, not a declaration. Null when the assembly carries no code evidence for the
/// model; three empty lists when it carries evidence with nothing in it. <see cref="UnreadEntries"/> counts the recorded
/// entries this version cannot read (a newer package's): while it is above 0 the lists are not everything.
/// </summary>
internal sealed record CardJsonObservedInCode(
    IReadOnlyList<CardJsonObservedModel> Models,
    IReadOnlyList<CardJsonObservedEndpoint> Endpoints,
    IReadOnlyList<CardJsonObservedTool> Tools,
    int UnreadEntries);

/// <summary>A model name the code passes to an AI API; <see cref="Value"/> is null when it is not a compile-time constant.</summary>
internal sealed record CardJsonObservedModel(string? Value, string Kind, string Api, string? File, int? Line);

internal sealed record CardJsonObservedEndpoint(string? Value, string? Host, string Jurisdiction, IReadOnlyList<string> Regions, string Api, string? File, int? Line);

internal sealed record CardJsonObservedTool(string Name, string Api, string Approval, string? File, int? Line);

internal sealed record CardJsonCompliance(IReadOnlyList<CardJsonFramework> Frameworks);

internal sealed record CardJsonFramework(string Id, string Title, string Version, string Date, IReadOnlyList<CardJsonClause> Clauses, IReadOnlyList<CardJsonContextClause> Context);

/// <summary>A clause that asks nothing of a model: listed apart, with no status.</summary>
internal sealed record CardJsonContextClause(string Id, string Title, string Reason);

internal sealed record CardJsonClause(
    string Id,
    string? Title,
    string Status,
    bool ToVerify,
    IReadOnlyList<CardJsonClauseDeclaration> Declarations);

internal sealed record CardJsonClauseDeclaration(string Id, string Title, string Status, bool ToVerify);

internal sealed record CardJsonRiskAcceptances(string? ActiveOn, IReadOnlyList<CardJsonAcceptance> Acceptances);

internal sealed record CardJsonAcceptance(
    string RuleId,
    string RuleTitle,
    string? Model,
    string? Approver,
    string Until,
    string? Justification,
    string? Reference);

/// <summary>A baseline entry: a finding the build no longer reports, recorded as a gap not yet fixed.</summary>
internal sealed record CardJsonKnownGap(string Rule, string File, string Symbol, int Count);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CardJsonDocument))]
// The runtime types of OtherDeclarations' values (JsonCardWriter.GenericDeclarations), which are typed object.
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<Dictionary<string, object?>>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(List<string?>))]
[JsonSerializable(typeof(List<double?>))]
internal sealed partial class CardJsonContext : JsonSerializerContext
{
}
