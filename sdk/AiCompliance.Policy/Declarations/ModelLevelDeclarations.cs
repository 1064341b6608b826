using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

// One record per model-level attribute of the SDK. Property names match the attribute's, so a finding can name the
// argument it is about and the front end can find it in source or metadata.

public sealed record ModelIdentity : Declaration
{
    public override string AttributeName => AttributeNames.AiModel;
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Version { get; init; }
    public ModelKind? Kind { get; init; }
    public string? Provider { get; init; }
    public string? BaseModel { get; init; }
    public string? License { get; init; }
    public string? Description { get; init; }
}

public sealed record RiskProfileDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.RiskProfile;
    public RiskLevel? Level { get; init; }
    public IReadOnlyList<Sector> Sectors { get; init; } = System.Array.Empty<Sector>();
    public string? Rationale { get; init; }
}

public sealed record IntendedUseDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.IntendedUse;
    public string? Purpose { get; init; }
    public IReadOnlyList<string?> Users { get; init; } = System.Array.Empty<string?>();
    public IReadOnlyList<string?> OutOfScope { get; init; } = System.Array.Empty<string?>();
}

public sealed record KnownLimitationDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.KnownLimitation;
    public string? Description { get; init; }
    public string? Mitigation { get; init; }
}

public sealed record ImpactAssessmentDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.ImpactAssessment;
    public string? Reference { get; init; }
    public string? Date { get; init; }
    public string? AssessedBy { get; init; }
    public string? Summary { get; init; }
}

public sealed record HumanOversightDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.HumanOversight;
    public OversightMode? Mode { get; init; }
    public string? Reviewer { get; init; }
    public bool? CanOverride { get; init; }
    public bool? CanStop { get; init; }
    public string? Justification { get; init; }
}

public sealed record AccountableOwnerDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.AccountableOwner;
    public string? Owner { get; init; }
    public string? Contact { get; init; }
    public string? Role { get; init; }
}

public sealed record TrainedOnDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.TrainedOn;
    public IReadOnlyList<string?> DatasetIds { get; init; } = System.Array.Empty<string?>();
}

public sealed record EvaluationDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.Evaluation;
    public string? Metric { get; init; }
    public double? Value { get; init; }
    public string? Dataset { get; init; }
    public string? Slice { get; init; }
    public double? Threshold { get; init; }
    public bool? HigherIsBetter { get; init; }
    public double? ConfidenceLow { get; init; }
    public double? ConfidenceHigh { get; init; }
    public EvaluationKind? Kind { get; init; }
    public string? Language { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceSha256 { get; init; }
}

public sealed record FairnessAssessmentDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.FairnessAssessment;
    public string? ProtectedAttribute { get; init; }
    public string? Metric { get; init; }
    public double? Value { get; init; }
    public double? Threshold { get; init; }
    public bool? HigherIsBetter { get; init; }
    public IReadOnlyList<string?> Groups { get; init; } = System.Array.Empty<string?>();
    public IReadOnlyList<double> GroupValues { get; init; } = System.Array.Empty<double>();
    public string? Mitigation { get; init; }
    public string? Language { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceSha256 { get; init; }
}

public sealed record SecurityAssessmentDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.SecurityAssessment;
    public SecurityTest? Tests { get; init; }
    public string? Date { get; init; }
    public string? Reference { get; init; }
    public string? Findings { get; init; }
    public string? PerformedBy { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceSha256 { get; init; }
}

public sealed record ExplainabilityDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.Explainability;
    public string? Method { get; init; }
    public string? Description { get; init; }
}

public sealed record AiDisclosureDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.AiDisclosure;
    public string? Notice { get; init; }

    /// <summary>The language tag the notice is written in; none for the primary notice (in the first supported language).</summary>
    public string? Language { get; init; }
}

public sealed record ContentProvenanceDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.ContentProvenance;
    public ProvenanceMethod? Methods { get; init; }
    public string? Standard { get; init; }
}

public sealed record SupportedLanguagesDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.SupportedLanguages;
    public IReadOnlyList<string?> LanguageTags { get; init; } = System.Array.Empty<string?>();
}

public sealed record DataResidencyDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.DataResidency;
    public IReadOnlyList<string?> Regions { get; init; } = System.Array.Empty<string?>();
}

public sealed record DataTransferDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.DataTransfer;
    public string? FromRegion { get; init; }
    public string? ToRegion { get; init; }
    public string? Mechanism { get; init; }
    public string? Safeguards { get; init; }
}

public sealed record DecisionLoggingDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.DecisionLogging;
    public string? Description { get; init; }
    public int? RetentionDays { get; init; }
}

public sealed record MonitoringDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.Monitoring;
    public string? IncidentContact { get; init; }
    public bool? DriftMonitoring { get; init; }
    public int? ReviewIntervalDays { get; init; }
}

public sealed record ComputeFootprintDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.ComputeFootprint;
    public double? TrainingEnergyKWh { get; init; }
    public double? Co2eKg { get; init; }
    public string? Hardware { get; init; }
    public string? Region { get; init; }
}
