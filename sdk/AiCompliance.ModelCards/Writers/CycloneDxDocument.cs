using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AiCompliance.ModelCards.Writers;

// The part of the CycloneDX 1.6 BOM schema this generator writes. Properties are written in declaration order, so a
// BOM's layout never changes between runs; a null property is left out (the schema has no nulls), except names, which
// are always written. Lists that are always written, empty or not, are never null.
internal sealed record CycloneDxBom(
    [property: JsonPropertyName("$schema")] string Schema,
    string BomFormat,
    string SpecVersion,
    string SerialNumber,
    int Version,
    CycloneDxMetadata Metadata,
    IReadOnlyList<CycloneDxComponent> Components,
    IReadOnlyList<CycloneDxService>? Services,
    IReadOnlyList<CycloneDxDependency> Dependencies,
    CycloneDxDeclarations? Declarations,
    CycloneDxDefinitions? Definitions);

internal sealed record CycloneDxMetadata(
    string? Timestamp,
    IReadOnlyList<CycloneDxLifecycle> Lifecycles,
    CycloneDxTools Tools,
    CycloneDxComponent Component,
    IReadOnlyList<CycloneDxProperty>? Properties);

internal sealed record CycloneDxLifecycle(string Phase);

internal sealed record CycloneDxTools(IReadOnlyList<CycloneDxComponent> Components);

/// <summary>One component type for every kind (library, tool, model, data, ancestor), as in the CycloneDX schema.</summary>
internal sealed record CycloneDxComponent
{
    public string Type { get; init; } = "";

    [JsonPropertyName("bom-ref")]
    public string? BomRef { get; init; }

    public CycloneDxOrganization? Supplier { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; init; }

    public string? Version { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<CycloneDxLicenseChoice>? Licenses { get; init; }

    public IReadOnlyList<CycloneDxHash>? Hashes { get; init; }

    public CycloneDxPedigree? Pedigree { get; init; }

    public CycloneDxModelCard? ModelCard { get; init; }

    public IReadOnlyList<CycloneDxData>? Data { get; init; }

    public IReadOnlyList<CycloneDxExternalReference>? ExternalReferences { get; init; }

    public IReadOnlyList<CycloneDxProperty>? Properties { get; init; }
}

/// <summary>
/// An endpoint a model's code sends data to. <c>authenticated</c> is not part of the record: the code evidence never
/// tells whether the service asks for credentials, and the BOM does not guess.
/// </summary>
internal sealed record CycloneDxService
{
    [JsonPropertyName("bom-ref")]
    public string? BomRef { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Endpoints { get; init; }

    [JsonPropertyName("x-trust-boundary")]
    public bool? TrustBoundary { get; init; }

    public string? TrustZone { get; init; }

    public IReadOnlyList<CycloneDxServiceData>? Data { get; init; }

    public IReadOnlyList<CycloneDxProperty>? Properties { get; init; }
}

internal sealed record CycloneDxServiceData(string Flow, string Classification, string? Name, string? Description);

internal sealed record CycloneDxOrganization([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name);

internal sealed record CycloneDxHash(string Alg, string Content);

internal sealed record CycloneDxExternalReference(string Type, string Url);

internal sealed record CycloneDxLicenseChoice(string? Expression, CycloneDxLicense? License);

internal sealed record CycloneDxLicense([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name);

internal sealed record CycloneDxPedigree(IReadOnlyList<CycloneDxComponent> Ancestors);

internal sealed record CycloneDxProperty(string Name, string Value);

internal sealed record CycloneDxDependency(string Ref, IReadOnlyList<string> DependsOn);

internal sealed record CycloneDxModelCard(
    CycloneDxModelParameters ModelParameters,
    CycloneDxQuantitativeAnalysis QuantitativeAnalysis,
    CycloneDxConsiderations Considerations);

internal sealed record CycloneDxModelParameters(string? Task, IReadOnlyList<CycloneDxReference> Datasets);

internal sealed record CycloneDxReference(string Ref);

internal sealed record CycloneDxQuantitativeAnalysis(IReadOnlyList<CycloneDxPerformanceMetric> PerformanceMetrics);

internal sealed record CycloneDxPerformanceMetric(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Type,
    string? Value,
    string? Slice,
    CycloneDxConfidenceInterval? ConfidenceInterval);

internal sealed record CycloneDxConfidenceInterval(string? LowerBound, string? UpperBound);

internal sealed record CycloneDxConsiderations(
    IReadOnlyList<string> Users,
    IReadOnlyList<string> UseCases,
    IReadOnlyList<string> TechnicalLimitations,
    IReadOnlyList<CycloneDxRisk> EthicalConsiderations,
    CycloneDxEnvironmentalConsiderations? EnvironmentalConsiderations,
    IReadOnlyList<CycloneDxFairnessAssessment> FairnessAssessments);

internal sealed record CycloneDxRisk(string? Name, string? MitigationStrategy);

internal sealed record CycloneDxEnvironmentalConsiderations(
    IReadOnlyList<CycloneDxEnergyConsumption>? EnergyConsumptions,
    IReadOnlyList<CycloneDxProperty>? Properties);

internal sealed record CycloneDxEnergyConsumption(
    string Activity,
    IReadOnlyList<CycloneDxOrganization> EnergyProviders,
    CycloneDxMeasure ActivityEnergyCost,
    CycloneDxMeasure? Co2CostEquivalent);

internal sealed record CycloneDxMeasure(double Value, string Unit);

internal sealed record CycloneDxFairnessAssessment(string? GroupAtRisk, string? Harms, string? MitigationStrategy);

internal sealed record CycloneDxData(
    string Type,
    string? Name,
    CycloneDxDataContents? Contents,
    string? Classification,
    IReadOnlyList<string>? SensitiveData,
    string? Description,
    CycloneDxDataGovernance? Governance);

internal sealed record CycloneDxDataContents(string Url);

internal sealed record CycloneDxDataGovernance(IReadOnlyList<CycloneDxDataOwner> Owners);

internal sealed record CycloneDxDataOwner(CycloneDxOrganization Organization);

// CycloneDX 1.6 attestations: the selected frameworks as standards (definitions), and what each model declares of
// their requirements as claims with evidence, attested by the team that declares them (declarations).
internal sealed record CycloneDxDefinitions(IReadOnlyList<CycloneDxStandard> Standards);

internal sealed record CycloneDxStandard(
    [property: JsonPropertyName("bom-ref")] string BomRef,
    string Name,
    string Version,
    string Owner,
    IReadOnlyList<CycloneDxRequirement> Requirements,
    IReadOnlyList<CycloneDxExternalReference>? ExternalReferences);

internal sealed record CycloneDxRequirement(
    [property: JsonPropertyName("bom-ref")] string BomRef,
    string Identifier,
    string Text,
    IReadOnlyList<string>? Descriptions,
    IReadOnlyList<CycloneDxProperty> Properties);

internal sealed record CycloneDxDeclarations(
    IReadOnlyList<CycloneDxAssessor> Assessors,
    IReadOnlyList<CycloneDxAttestation> Attestations,
    IReadOnlyList<CycloneDxClaim> Claims,
    IReadOnlyList<CycloneDxEvidence> Evidence);

internal sealed record CycloneDxAssessor(
    [property: JsonPropertyName("bom-ref")] string BomRef,
    bool ThirdParty,
    CycloneDxOrganization Organization);

internal sealed record CycloneDxAttestation(string Summary, string Assessor, IReadOnlyList<CycloneDxAttestationMap> Map);

internal sealed record CycloneDxAttestationMap(string Requirement, IReadOnlyList<string>? Claims, IReadOnlyList<string>? CounterClaims);

internal sealed record CycloneDxClaim(
    [property: JsonPropertyName("bom-ref")] string BomRef,
    string Target,
    string Predicate,
    string Reasoning,
    IReadOnlyList<string>? Evidence);

internal sealed record CycloneDxEvidence(
    [property: JsonPropertyName("bom-ref")] string BomRef,
    string PropertyName,
    string Description,
    IReadOnlyList<CycloneDxEvidenceData>? Data);

internal sealed record CycloneDxEvidenceData(string Name);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CycloneDxBom))]
internal sealed partial class CycloneDxJsonContext : JsonSerializerContext
{
}
