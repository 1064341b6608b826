using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// Everything declared on one type. <see cref="Identity"/> is <see langword="null"/> for a type that carries
/// declarations but no <c>[AiModel]</c>, which is itself a finding (AIC004).
/// </summary>
public sealed record ModelDeclarations
{
    /// <summary>The type's full name as the user writes it (for example <c>Contoso.Credit.RiskScorer</c>).</summary>
    public string TypeName { get; init; } = "";

    public ModelIdentity? Identity { get; init; }

    /// <summary>
    /// For a type without <c>[AiModel]</c> nested in a model: that model's id (none when it is blank). Risk acceptances
    /// that name the model cover the nested type's findings too, as they cover everything written inside the model.
    /// </summary>
    public string? EnclosingModelId { get; init; }
    public RiskProfileDeclaration? RiskProfile { get; init; }
    public IntendedUseDeclaration? IntendedUse { get; init; }
    public IReadOnlyList<KnownLimitationDeclaration> KnownLimitations { get; init; } = System.Array.Empty<KnownLimitationDeclaration>();
    public ImpactAssessmentDeclaration? ImpactAssessment { get; init; }
    public HumanOversightDeclaration? HumanOversight { get; init; }
    public AccountableOwnerDeclaration? AccountableOwner { get; init; }
    public TrainedOnDeclaration? TrainedOn { get; init; }
    public IReadOnlyList<EvaluationDeclaration> Evaluations { get; init; } = System.Array.Empty<EvaluationDeclaration>();
    public IReadOnlyList<FairnessAssessmentDeclaration> FairnessAssessments { get; init; } = System.Array.Empty<FairnessAssessmentDeclaration>();
    public SecurityAssessmentDeclaration? SecurityAssessment { get; init; }
    public ExplainabilityDeclaration? Explainability { get; init; }
    public IReadOnlyList<AiDisclosureDeclaration> AiDisclosures { get; init; } = System.Array.Empty<AiDisclosureDeclaration>();
    public ContentProvenanceDeclaration? ContentProvenance { get; init; }
    public SupportedLanguagesDeclaration? SupportedLanguages { get; init; }
    public DataResidencyDeclaration? DataResidency { get; init; }
    public IReadOnlyList<DataTransferDeclaration> DataTransfers { get; init; } = System.Array.Empty<DataTransferDeclaration>();
    public DecisionLoggingDeclaration? DecisionLogging { get; init; }
    public MonitoringDeclaration? Monitoring { get; init; }
    public ComputeFootprintDeclaration? ComputeFootprint { get; init; }

    /// <summary>
    /// What the model's code was seen to do, read from the assembly's <c>[ObservedInCode]</c> attributes; <see langword="null"/>
    /// when the assembly carries none for it (built without the generator, or by an older package). Not a declaration.
    /// </summary>
    public CodeEvidence.ModelCodeEvidence? Code { get; init; }

    /// <summary>The model id, or the type name when the id is missing, for messages.</summary>
    public string DisplayId => string.IsNullOrWhiteSpace(Identity?.Id) ? TypeName : Identity!.Id!;

    /// <summary>
    /// Every declaration on the type in a stable order: the single attributes in registry order (identity first), then
    /// the repeatable ones in registry order, each in declaration order.
    /// </summary>
    public IEnumerable<Declaration> All()
    {
        foreach (var repeatable in new[] { false, true })
        {
            foreach (var kind in DeclarationKinds.All)
            {
                if (kind.Scope == DeclarationScope.Model && kind.Repeatable == repeatable)
                {
                    foreach (var declaration in kind.In(this))
                    {
                        yield return declaration;
                    }
                }
            }
        }
    }
}
