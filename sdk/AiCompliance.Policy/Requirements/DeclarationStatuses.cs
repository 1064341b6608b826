using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Requirements;

/// <summary>One declaration's status for a model, and why.</summary>
public sealed class DeclarationStatusEntry
{
    internal DeclarationStatusEntry(DeclarationDefinition declaration, DeclarationStatus status, IReadOnlyList<string> reasons)
    {
        Declaration = declaration;
        Status = status;
        Reasons = reasons;
    }

    /// <summary>The declaration (<see cref="DeclarationDefinition.Id"/> is its id).</summary>
    public DeclarationDefinition Declaration { get; }

    public string Id => Declaration.Id;

    public DeclarationStatus Status { get; }

    /// <summary>Why the status is not <see cref="DeclarationStatus.Declared"/>, gravest first; empty when declared.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The reason for <see cref="Status"/> (the first of <see cref="Reasons"/>), or <see langword="null"/> when declared.</summary>
    public string? Reason => Reasons.Count == 0 ? null : Reasons[0];

    public override string ToString() => Id + ": " + DeclarationStatuses.Text(Status) + (Reason is null ? "" : " (" + Reason + ")");
}

/// <summary>The status of each of the policy's declarations for one model, in <see cref="DeclarationCatalog.All"/> order.</summary>
public sealed class ModelDeclarationStatuses
{
    private readonly Dictionary<string, DeclarationStatusEntry> _byId;

    private readonly RiskContext _risk;

    internal ModelDeclarationStatuses(IReadOnlyList<DeclarationStatusEntry> entries, RiskContext risk)
    {
        _risk = risk;
        Entries = entries;
        _byId = new Dictionary<string, DeclarationStatusEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byId[entry.Id] = entry;
        }
    }

    /// <summary>Every declaration the policy knows, whether the policy expects it of this model or not.</summary>
    public IReadOnlyList<DeclarationStatusEntry> Entries { get; }

    /// <summary>The entry of <paramref name="declarationId"/>.</summary>
    /// <exception cref="ArgumentException">The policy knows no such declaration.</exception>
    public DeclarationStatusEntry this[string declarationId] =>
        _byId.TryGetValue(declarationId, out var entry) ? entry : throw new ArgumentException("Unknown declaration id '" + declarationId + "'.", nameof(declarationId));

    public DeclarationStatus Status(string declarationId) => this[declarationId].Status;

    /// <summary>
    /// The entries the selected frameworks ask of a model with this risk, sector and kind
    /// (<see cref="PolicySettings.AppliesTo"/>, whatever the mode): those a card's framework coverage section rates.
    /// </summary>
    public IReadOnlyList<DeclarationStatusEntry> ExpectedBy(PolicySettings settings)
    {
        var expected = new List<DeclarationStatusEntry>();
        foreach (var entry in Entries)
        {
            if (settings.AppliesTo(entry.Declaration, _risk))
            {
                expected.Add(entry);
            }
        }

        return expected;
    }
}

/// <summary>
/// Computes <see cref="DeclarationStatus"/>: whether a model's declaration is really declared. It reuses what the rules
/// already find rather than checking values a second time: the model's rules run over the model (and the datasets it
/// names), and every finding on an attribute that makes a declaration lowers that declaration to the state its rule
/// implies (<see cref="StatusByRule"/>, the one table of that mapping). On top of that, the required content of each
/// attribute (its constructor arguments, as the declaration registry lists them) must be there: a text that is set and
/// visible, a number that is not NaN, an enum value other than <c>None</c>.
/// </summary>
/// <remarks>
/// The missing-declaration rules (AIC1xx) keep judging presence (<see cref="DeclarationPresence"/>): a placeholder is
/// reported once, by AIC208, in the build. This status is what the cards, <c>aicompliance check</c> and the diff say,
/// so that none of them calls "declared" what only a placeholder, an invalid value or a contradiction stands for.
/// </remarks>
public static class DeclarationStatuses
{
    /// <summary>
    /// The state each rule's finding implies for the declaration it targets, for every rule of the catalogue; null for
    /// the rules that do not judge a declaration's content: absences (AIC1xx, judged by presence), structure across the
    /// assembly (AIC002, AIC004, AIC006), results below their own threshold (AIC301: a declared fact the card shows), a
    /// prohibited level (AIC305: declared, and an error of its own), risk acceptances (AIC306–AIC308) and the
    /// source-only rules. A test keeps the table complete.
    /// </summary>
    public static IReadOnlyDictionary<string, DeclarationStatus?> StatusByRule { get; } = BuildStatusByRule();

    /// <summary>The text every output uses: "declared", "out of date", "invalid", "contradicted", "incomplete", "missing".</summary>
    public static string Text(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Declared => "declared",
        DeclarationStatus.OutOfDate => "out of date",
        DeclarationStatus.Invalid => "invalid",
        DeclarationStatus.Contradicted => "contradicted",
        DeclarationStatus.Incomplete => "incomplete",
        _ => "missing",
    };

    /// <summary>The token used in identifiers, JSON values and CSS classes: <see cref="Text"/> with hyphens.</summary>
    public static string Token(DeclarationStatus status) => Text(status).Replace(' ', '-');

    /// <summary>The graver of two states.</summary>
    public static DeclarationStatus Worse(DeclarationStatus a, DeclarationStatus b) => (int)a >= (int)b ? a : b;

    /// <summary>The status of one declaration of <paramref name="model"/>.</summary>
    public static DeclarationStatus Status(string declarationId, ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets, PolicySettings settings) =>
        Of(model, datasets, settings).Status(declarationId);

    /// <summary>
    /// The status of every declaration of <paramref name="model"/>, whether the policy expects it or not (ask
    /// <see cref="PolicySettings.AppliesTo"/> or <see cref="ModelDeclarationStatuses.ExpectedBy"/> for that). The rules
    /// run whatever their severity in the mode: the truth of "declared" does not depend on how loudly the build reports it.
    /// </summary>
    public static ModelDeclarationStatuses Of(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets, PolicySettings settings)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (datasets is null)
        {
            throw new ArgumentNullException(nameof(datasets));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var problems = new Problems();
        var training = TrainingDatasets(model, datasets);
        var referenced = DeclarationPresence.ReferencedDatasets(model, datasets);
        FromFindings(model, datasets, settings, training, referenced, problems);
        FromRequiredContent(model, training, referenced, problems);

        var entries = new List<DeclarationStatusEntry>(DeclarationCatalog.All.Count);
        foreach (var declaration in DeclarationCatalog.All)
        {
            if (!DeclarationPresence.IsDeclared(declaration.Id, model, datasets))
            {
                entries.Add(new DeclarationStatusEntry(declaration, DeclarationStatus.Missing, new[] { MissingReason(declaration, model, datasets) }));
            }
            else
            {
                var (status, reasons) = problems.For(declaration.Id);
                entries.Add(new DeclarationStatusEntry(declaration, status, reasons));
            }
        }

        return new ModelDeclarationStatuses(entries, RiskContext.For(model));
    }

    private static void FromFindings(
        ModelDeclarations model,
        IReadOnlyList<DatasetDeclaration> datasets,
        PolicySettings settings,
        IReadOnlyList<DatasetDeclaration> training,
        IReadOnlyList<DatasetDeclaration> referenced,
        Problems problems)
    {
        if (model.Identity is null)
        {
            return;
        }

        void Report(Finding finding)
        {
            if (!StatusByRule.TryGetValue(finding.Rule.Id, out var implied) || implied is not { } status)
            {
                return;
            }

            // A code-evidence finding is about the code, not a declaration (its origin may be unknown: a DLL's record without a line).
            if (finding.Target is null)
            {
                var reason = finding.CodeOrigin is CodeEvidence.SourcePosition at ? finding + " (code: " + at + ")" : finding.ToString();
                foreach (var (declarationId, codeStatus) in DeclarationsTheCodeContradicts(finding))
                {
                    problems.Add(declarationId, codeStatus, reason);
                }

                return;
            }

            foreach (var declarationId in DeclarationsMadeBy(finding.Target, finding.Property, training, referenced))
            {
                problems.Add(declarationId, status, finding.ToString());
            }
        }

        foreach (var rule in RuleCatalog.All)
        {
            if (!StatusByRule.TryGetValue(rule.Descriptor.Id, out var implied) || implied is null)
            {
                continue;
            }

            if (rule.ChecksModels)
            {
                rule.CheckModel(new ModelContext(model, datasets, settings, Report, code: model.Code));
            }

            if (rule.ChecksDatasets)
            {
                foreach (var dataset in referenced)
                {
                    rule.CheckDataset(new DatasetContext(dataset, datasets, settings, Report));
                }
            }
        }
    }

    /// <summary>
    /// The declarations a code-evidence finding (AIC401–AIC403, read from what the assembly records) shows to be untrue:
    /// the code calls another base model than the one declared (or pins one and declares none: the provenance is then
    /// incomplete, not contradicted), exposes a tool a human does not approve under declared oversight, or sends data
    /// outside the declared residency. A card must not call such a declaration "declared".
    /// </summary>
    private static IEnumerable<(string DeclarationId, DeclarationStatus Status)> DeclarationsTheCodeContradicts(Finding finding)
    {
        switch (finding.Rule.Id)
        {
            case var id when id == CalledModelMismatchRule.Rule.Id:
                if (finding.Properties.ContainsKey(CalledModelMismatchRule.NoBaseModelProperty))
                {
                    yield return (DataProvenance, DeclarationStatus.Incomplete);
                }
                else
                {
                    yield return (DeclarationKinds.AiModel.RequirementId!, DeclarationStatus.Contradicted);
                    yield return (DataProvenance, DeclarationStatus.Contradicted);
                }

                yield break;
            case var id when id == ToolWithoutApprovalRule.Rule.Id:
                yield return (DeclarationKinds.HumanOversight.RequirementId!, DeclarationStatus.Contradicted);
                yield break;
            case var id when id == EndpointOutsideResidencyRule.Rule.Id:
                yield return (DeclarationKinds.DataResidency.RequirementId!, DeclarationStatus.Contradicted);
                yield break;
        }
    }

    /// <summary>
    /// The declarations an attribute (and, for some, one of its properties) helps make. A dataset makes the declarations
    /// of the models that name it: its licence the model's intellectual-property terms (when trained on), its personal
    /// data and legal basis the model's personal data, the rest the model's data provenance (when trained on).
    /// </summary>
    private static IEnumerable<string> DeclarationsMadeBy(Declaration target, string? property, IReadOnlyList<DatasetDeclaration> training, IReadOnlyList<DatasetDeclaration> referenced)
    {
        switch (target)
        {
            case DatasetDeclaration dataset:
                if (property is "PersonalData" or "LegalBasis")
                {
                    if (Contains(referenced, dataset))
                    {
                        yield return PersonalData;
                    }
                }
                else if (Contains(training, dataset))
                {
                    yield return property == "License" ? IpCopyright : DataProvenance;
                }

                yield break;
            case TrainedOnDeclaration:
                yield return DataProvenance;
                yield return IpCopyright;
                yield return PersonalData;
                yield break;
            case ModelIdentity:
                yield return DeclarationKinds.AiModel.RequirementId!;
                if (property == "BaseModel")
                {
                    yield return DataProvenance;
                }
                else if (property == "License")
                {
                    yield return IpCopyright;
                }

                yield break;
            case EvaluationDeclaration evaluation:
                yield return DeclarationKinds.Evaluation.RequirementId!;
                if (evaluation.Kind is EvaluationKind.Safety or EvaluationKind.RedTeaming)
                {
                    yield return SafetyResults.DeclarationId;
                }
                else
                {
                    yield return LanguageCoverage.EvaluationDeclarationId;
                }

                if (property == "Dataset")
                {
                    yield return PersonalData;
                }

                yield break;
            case AiDisclosureDeclaration:
                yield return DeclarationKinds.AiDisclosure.RequirementId!;
                yield return LanguageCoverage.DisclosureDeclarationId;
                yield break;
            case DataTransferDeclaration:
                // Transfers complete the residency record: where data is kept, and how it legally leaves.
                yield return DeclarationKinds.DataResidency.RequirementId!;
                yield break;
            default:
                if (DeclarationKinds.Find(target.AttributeName)?.RequirementId is { } id)
                {
                    yield return id;
                }

                yield break;
        }
    }

    /// <summary>The content without which an attribute says nothing; placeholders in it are AIC208's findings.</summary>
    private static void FromRequiredContent(ModelDeclarations model, List<DatasetDeclaration> training, IReadOnlyList<DatasetDeclaration> referenced, Problems problems)
    {
        foreach (var kind in DeclarationKinds.In(DeclarationScope.Model))
        {
            if (kind.RequirementId is not { } id || !kind.IsPresentIn(model))
            {
                continue;
            }

            foreach (var declaration in kind.In(model))
            {
                foreach (var reason in MissingContent(kind, declaration))
                {
                    problems.Add(id, DeclarationStatus.Incomplete, reason);
                }
            }
        }

        // Data provenance is a base model someone can look up, or training data the assembly declares.
        if (!HasContent(model.Identity?.BaseModel) && model.TrainedOn is not null && training.Count == 0)
        {
            problems.Add(DataProvenance, DeclarationStatus.Incomplete, "[TrainedOn] names no dataset that an [assembly: Dataset] declares, and AiModel.BaseModel is not set");
        }

        if (model.Identity is { } identity && !HasContent(identity.License) && !string.IsNullOrWhiteSpace(identity.License) && !PlaceholderText.IsPlaceholder(identity.License, out _))
        {
            problems.Add(IpCopyright, DeclarationStatus.Incomplete, "AiModel.License is invisible");
        }

        foreach (var dataset in referenced)
        {
            if (dataset.PersonalData is null)
            {
                problems.Add(PersonalData, DeclarationStatus.Incomplete, "dataset '" + dataset.Id + "' does not say whether it holds personal data (Dataset.PersonalData)");
            }
        }
    }

    private static IEnumerable<string> MissingContent(DeclarationKind kind, Declaration declaration)
    {
        var name = "[" + kind.ShortName + "] ";
        if (kind.ConstructorParameters.Count == 0 && declaration.WrittenProperties.Count == 0)
        {
            yield return name + "sets no property";
        }

        foreach (var parameter in kind.ConstructorParameters)
        {
            var property = kind.Property(parameter);
            switch (property?.Shape)
            {
                case PropertyShape.Text:
                    var text = property.Text(declaration);

                    // Written text that is empty, invisible or a placeholder is AIC208's finding; unset text is not.
                    if (text is null)
                    {
                        yield return name + parameter + " is not set";
                    }
                    else if (!VisibleText.HasVisibleContent(text) && !PlaceholderText.IsPlaceholder(text, out _))
                    {
                        yield return name + parameter + " is invisible";
                    }

                    break;
                case PropertyShape.TextList:
                    var any = false;
                    foreach (var item in property.TextList(declaration))
                    {
                        any |= HasContent(item);
                    }

                    if (!any)
                    {
                        yield return name + parameter + " lists nothing visible";
                    }

                    break;
                case PropertyShape.Number:
                    if (property.Value(declaration) is not double number || double.IsNaN(number))
                    {
                        yield return name + parameter + " is not a number";
                    }

                    break;
                case PropertyShape.Enum:
                    var value = property.Value(declaration);
                    if (value is null)
                    {
                        yield return name + parameter + " is not set";
                    }
                    else if (value is Enum member && EnumText.Name(member) == "None")
                    {
                        yield return name + parameter + " is " + member.GetType().Name + ".None";
                    }

                    break;
            }
        }
    }

    private static string MissingReason(DeclarationDefinition declaration, ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        if (declaration.Id == PersonalData)
        {
            var unlawful = DeclarationPresence.PersonalDataWithoutLegalBasis(model, datasets);
            if (unlawful.Count > 0)
            {
                return "dataset '" + unlawful[0].Id + "' holds personal data and declares no legal basis (Dataset.LegalBasis)";
            }

            return "the model names no dataset an [assembly: Dataset] declares, so nothing says whether it processes personal data";
        }

        if (declaration.Id == IpCopyright && (!RiskContext.For(model).IsGenerative || !string.IsNullOrWhiteSpace(model.Identity?.License)))
        {
            var unlicensed = DeclarationPresence.UnlicensedData(model, datasets);
            if (unlicensed.Count > 0)
            {
                var role = DeclarationPresence.UnlicensedTrainingData(model, datasets).Count > 0 ? "training" : "evaluation";
                return role + " dataset '" + unlicensed[0].Id + "' declares no licence (Dataset.License)";
            }
        }

        var uncovered = declaration.Id switch
        {
            LanguageCoverage.DisclosureDeclarationId when model.AiDisclosures.Count > 0 => LanguageCoverage.WithoutDisclosure(model),
            LanguageCoverage.EvaluationDeclarationId when model.Evaluations.Count > 0 => LanguageCoverage.WithoutPerformanceResult(model),
            _ => Array.Empty<string>(),
        };
        var where = uncovered.Count == 0 ? "" : " in " + string.Join(", ", uncovered);
        return "declares no " + declaration.Phrase + where + " (" + declaration.HowToDeclare + ")";
    }

    private static List<DatasetDeclaration> TrainingDatasets(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        if (model.TrainedOn is { } trainedOn)
        {
            foreach (var id in trainedOn.DatasetIds)
            {
                if (DeclarationIds.FindDataset(datasets, id) is { } dataset && !Contains(result, dataset))
                {
                    result.Add(dataset);
                }
            }
        }

        return result;
    }

    private static bool HasContent(string? text) => VisibleText.HasVisibleContent(text) && !PlaceholderText.IsPlaceholder(text, out _);

    private static bool Contains(IReadOnlyList<DatasetDeclaration> datasets, DatasetDeclaration dataset)
    {
        foreach (var candidate in datasets)
        {
            if (ReferenceEquals(candidate, dataset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The problems found per declaration: the gravest state, and every reason, gravest first.</summary>
    private sealed class Problems
    {
        private readonly Dictionary<string, List<(DeclarationStatus Status, string Reason)>> _byDeclaration = new(StringComparer.Ordinal);

        public void Add(string declarationId, DeclarationStatus status, string reason)
        {
            if (!_byDeclaration.TryGetValue(declarationId, out var list))
            {
                list = new List<(DeclarationStatus, string)>();
                _byDeclaration[declarationId] = list;
            }

            if (!list.Contains((status, reason)))
            {
                list.Add((status, reason));
            }
        }

        public (DeclarationStatus Status, IReadOnlyList<string> Reasons) For(string declarationId)
        {
            if (!_byDeclaration.TryGetValue(declarationId, out var list))
            {
                return (DeclarationStatus.Declared, Array.Empty<string>());
            }

            var worst = DeclarationStatus.Declared;
            foreach (var (status, _) in list)
            {
                worst = Worse(worst, status);
            }

            var reasons = new List<string>(list.Count);
            for (var gravity = (int)worst; gravity > 0; gravity--)
            {
                foreach (var (status, reason) in list)
                {
                    if ((int)status == gravity)
                    {
                        reasons.Add(reason);
                    }
                }
            }

            return (worst, reasons);
        }
    }

    private const string DataProvenance = "data-provenance";
    private const string IpCopyright = "ip-copyright";
    private const string PersonalData = "personal-data";

    private static Dictionary<string, DeclarationStatus?> BuildStatusByRule()
    {
        var table = new Dictionary<string, DeclarationStatus?>(StringComparer.Ordinal)
        {
            [UnknownDatasetRule.Rule.Id] = DeclarationStatus.Incomplete,
            [UncoveredCrossBorderTransferRule.Rule.Id] = DeclarationStatus.Incomplete,
            [InvalidLicenseRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidLanguageTagRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidRegionRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidVersionRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidDateRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidContactRule.Rule.Id] = DeclarationStatus.Invalid,
            [InvalidMetricValueRule.Rule.Id] = DeclarationStatus.Invalid,
            // A compiled assembly carries no evidence file, so the statuses never see these; the build reports them.
            [MissingEvidenceFileRule.Rule.Id] = DeclarationStatus.Incomplete,
            [EvidenceHashMismatchRule.Rule.Id] = DeclarationStatus.OutOfDate,
            [EvidenceValueMismatchRule.Rule.Id] = DeclarationStatus.Contradicted,
            [PlaceholderTextRule.Rule.Id] = DeclarationStatus.Incomplete,
            [HighImpactSectorBelowHighRule.Rule.Id] = DeclarationStatus.Contradicted,
            [HighRiskWithoutHumanRule.Rule.Id] = DeclarationStatus.Contradicted,
            [StaleAssessmentRule.Rule.Id] = DeclarationStatus.OutOfDate,

            [DuplicateIdRule.Rule.Id] = null,
            [CardFileNameCollisionRule.Rule.Id] = null,
            [DeclarationWithoutModelRule.Rule.Id] = null,
            [MissingLicenseRule.Rule.Id] = null,
            [PersonalDataWithoutLegalBasisRule.Rule.Id] = null,
            [ThresholdBreachedRule.Rule.Id] = null,
            [ProhibitedRiskRule.Rule.Id] = null,
            [ExpiredRiskAcceptanceRule.Rule.Id] = null,
            [UnusedRiskAcceptanceRule.Rule.Id] = null,
            [MalformedRiskAcceptanceRule.Rule.Id] = null,

            // Code contradicts declaration: found in source only and reported on the code, not on a declaration, so no
            // card states them until the evidence reaches the assembly (issue 14).
            // The code-evidence rules: which declarations they contradict is DeclarationsTheCodeContradicts.
            [CalledModelMismatchRule.Rule.Id] = DeclarationStatus.Contradicted,
            [ToolWithoutApprovalRule.Rule.Id] = DeclarationStatus.Contradicted,
            [EndpointOutsideResidencyRule.Rule.Id] = DeclarationStatus.Contradicted,
            [PersonalDataInPromptRule.Rule.Id] = null,
            [UntrustedInputInInstructionsRule.Rule.Id] = null,
        };

        foreach (var rule in RuleCatalog.All)
        {
            if (rule is MissingDeclarationRule)
            {
                table[rule.Descriptor.Id] = null;
            }
        }

        foreach (var descriptor in SourceOnlyRules.All)
        {
            table[descriptor.Id] = null;
        }

        return table;
    }
}
