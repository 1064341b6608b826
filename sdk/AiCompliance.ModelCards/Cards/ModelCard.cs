using System;
using System.Collections.Generic;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// Everything one model card shows, computed once from the declarations so that every format says the same thing:
/// the model's own declarations, the datasets it uses, its results grouped by metric, its fairness assessments and the
/// compliance matrix. Immutable.
/// </summary>
public sealed class ModelCard
{
    /// <summary>The folder the evidence files are read from to verify them (<see cref="ModelCardOptions.EvidenceRoot"/>); none: not verified.</summary>
    public string? EvidenceRoot { get; internal set; }

    /// <summary>The model's results that name evidence, with what the card says about each (<see cref="EvidenceCheck"/>).</summary>
    public IReadOnlyList<(Policy.Evidence.EvidenceBinding Binding, string Verification)> Evidence()
    {
        var result = new List<(Policy.Evidence.EvidenceBinding, string)>();
        foreach (var binding in Policy.Evidence.EvidenceBinding.Of(Model))
        {
            result.Add((binding, EvidenceCheck.Describe(binding, EvidenceRoot)));
        }

        return result;
    }

    /// <summary>
    /// Every evaluation, fairness or security result that says what it is (safety, red teaming), its language or its
    /// evidence file, in declaration order: the rows of the cards' "Result Kinds and Evidence" table.
    /// </summary>
    public IReadOnlyList<ResultDetail> ResultDetails()
    {
        var checks = Evidence();
        string? CheckOf(Declaration declaration)
        {
            foreach (var (binding, verification) in checks)
            {
                if (ReferenceEquals(binding.Declaration, declaration))
                {
                    return verification;
                }
            }

            return null;
        }

        var details = new List<ResultDetail>();
        foreach (var evaluation in Model.Evaluations)
        {
            var check = CheckOf(evaluation);
            if (evaluation.Kind is not (null or Policy.EvaluationKind.Performance) || !string.IsNullOrWhiteSpace(evaluation.Language) || check is not null)
            {
                var name = "evaluation " + evaluation.Metric + (string.IsNullOrWhiteSpace(evaluation.Slice) ? "" : " (" + evaluation.Slice!.Trim() + ")");
                details.Add(new ResultDetail(name, evaluation.Kind ?? Policy.EvaluationKind.Performance, evaluation.Language, evaluation.Evidence, evaluation.EvidenceSha256, check));
            }
        }

        foreach (var fairness in Model.FairnessAssessments)
        {
            if (CheckOf(fairness) is { } check)
            {
                var name = "fairness " + fairness.ProtectedAttribute + (string.IsNullOrWhiteSpace(fairness.Metric) ? "" : ", " + fairness.Metric!.Trim());
                details.Add(new ResultDetail(name, null, null, fairness.Evidence, fairness.EvidenceSha256, check));
            }
        }

        if (Model.SecurityAssessment is { } security && CheckOf(security) is { } securityCheck)
        {
            details.Add(new ResultDetail("security assessment", null, null, security.Evidence, security.EvidenceSha256, securityCheck));
        }

        return details;
    }

    internal ModelCard(
        ModelDeclarations model,
        string fileName,
        CardSource source,
        IReadOnlyList<DatasetDeclaration> trainingDatasets,
        IReadOnlyList<DatasetDeclaration> evaluationDatasets,
        IReadOnlyList<string> undeclaredDatasetIds,
        IReadOnlyList<MetricSeries> metrics,
        IReadOnlyList<FairnessResult> fairness,
        ComplianceMatrix compliance,
        ModelDeclarationStatuses declarationStatuses,
        IReadOnlyList<DeclarationStatusEntry> expectedDeclarations,
        IReadOnlyList<AcceptedRisk> riskAcceptances,
        DateTime acceptancesDate,
        IReadOnlyList<BaselineEntry>? knownGaps,
        bool assemblyCarriesCodeEvidence = false)
    {
        _assemblyCarriesCodeEvidence = assemblyCarriesCodeEvidence;
        KnownGaps = knownGaps;
        DeclarationStatuses = declarationStatuses;
        ExpectedDeclarations = expectedDeclarations;
        RiskAcceptances = riskAcceptances;
        AcceptancesDate = acceptancesDate.Date;
        Model = model;
        FileName = fileName;
        Source = source;
        TrainingDatasets = trainingDatasets;
        EvaluationDatasets = evaluationDatasets;
        UndeclaredDatasetIds = undeclaredDatasetIds;
        Metrics = metrics;
        Fairness = fairness;
        Compliance = compliance;
    }

    /// <summary>The model's declarations, as bound by the policy.</summary>
    public ModelDeclarations Model { get; }

    /// <summary>The model id as declared, or the type name when the id is missing or blank.</summary>
    public string Id => Model.DisplayId;

    /// <summary>The human-readable name, falling back to the id.</summary>
    public string Title => string.IsNullOrWhiteSpace(Model.Identity?.Name) ? Id : Model.Identity!.Name!;

    /// <summary>The file name of the card without extension: the id made safe for every file system, unique in the assembly.</summary>
    public string FileName { get; }

    /// <summary>The assembly, the generator and the date the card is about.</summary>
    public CardSource Source { get; }

    /// <summary>The datasets named by <c>[TrainedOn]</c> that the assembly declares, in the order named.</summary>
    public IReadOnlyList<DatasetDeclaration> TrainingDatasets { get; }

    /// <summary>The datasets named by evaluations that the assembly declares, in order of first use.</summary>
    public IReadOnlyList<DatasetDeclaration> EvaluationDatasets { get; }

    /// <summary>Dataset ids the model names that no <c>[assembly: Dataset]</c> declares (AIC003 reports them).</summary>
    public IReadOnlyList<string> UndeclaredDatasetIds { get; }

    /// <summary>Every dataset the model uses (training first, then evaluation), each once.</summary>
    public IEnumerable<DatasetDeclaration> AllDatasets
    {
        get
        {
            foreach (var dataset in TrainingDatasets)
            {
                yield return dataset;
            }

            foreach (var dataset in EvaluationDatasets)
            {
                if (!Contains(TrainingDatasets, dataset))
                {
                    yield return dataset;
                }
            }
        }
    }

    /// <summary>Evaluation results grouped by metric, in order of first declaration.</summary>
    public IReadOnlyList<MetricSeries> Metrics { get; }

    /// <summary>The fairness assessments, in declaration order.</summary>
    public IReadOnlyList<FairnessResult> Fairness { get; }

    /// <summary>For each selected framework, each clause that asks for a declaration, and whether the model makes it.</summary>
    public ComplianceMatrix Compliance { get; }

    /// <summary>The status of each of the policy's declarations for this model (expected or not).</summary>
    public ModelDeclarationStatuses DeclarationStatuses { get; }

    /// <summary>
    /// The declarations the selected frameworks ask of a model with this risk, sector and kind (those the compliance
    /// section rates), with their status, in declaration-table order.
    /// </summary>
    public IReadOnlyList<DeclarationStatusEntry> ExpectedDeclarations { get; }

    /// <summary>The expected declarations that are not declared: absent, incomplete, invalid, contradicted or out of date.</summary>
    public IEnumerable<DeclarationStatusEntry> NotDeclared
    {
        get
        {
            foreach (var entry in ExpectedDeclarations)
            {
                if (entry.Status != DeclarationStatus.Declared)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>
    /// The declarations the model makes beyond what the selected frameworks ask (they are not rated) that its code or its
    /// other declarations contradict, in declaration-table order: a human-in-the-loop a minimal-risk agent declares while
    /// its tool runs without approval. The card shows them as declared, so every format says so next to the
    /// incomplete banner; they do not make the card incomplete.
    /// </summary>
    public IReadOnlyList<DeclarationStatusEntry> ContradictedBeyondExpected
    {
        get
        {
            var contradicted = new List<DeclarationStatusEntry>();
            foreach (var entry in DeclarationStatuses.Entries)
            {
                if (entry.Status == DeclarationStatus.Contradicted && !IsExpected(entry.Id))
                {
                    contradicted.Add(entry);
                }
            }

            return contradicted;

            bool IsExpected(string id)
            {
                foreach (var expected in ExpectedDeclarations)
                {
                    if (expected.Id == id)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Whether the card is incomplete: an expected declaration is not declared. Every format shows it first.</summary>
    public bool IsIncomplete
    {
        get
        {
            foreach (var _ in NotDeclared)
            {
                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// The risk acceptances active for this model on <see cref="AcceptancesDate"/>: those naming its id and those
    /// without a model (they cover every model), in declaration order.
    /// </summary>
    public IReadOnlyList<AcceptedRisk> RiskAcceptances { get; }

    /// <summary>
    /// The day that decided which acceptances are active: the real UTC date (<see cref="AiCompliance.Policy.PolicySettings.RealToday"/>), as
    /// in the build; a card's date never moves it, so no card lists an acceptance that has lapsed. Cards print it only
    /// when they list an acceptance, so cards without acceptances stay identical from day to day.
    /// </summary>
    public DateTime AcceptancesDate { get; }

    /// <summary>
    /// The entries of the project's baseline (findings recorded as known gaps, which the build no longer reports), or
    /// <see langword="null"/> when the cards were written without one. A baseline belongs to the project, not to a model,
    /// so every card of the project lists all of its entries; they are gaps not yet fixed, never declarations.
    /// </summary>
    public IReadOnlyList<BaselineEntry>? KnownGaps { get; }

    private readonly bool _assemblyCarriesCodeEvidence;

    /// <summary>
    /// What the build saw in the model's code (<see cref="ModelDeclarations.Code"/>): the model names it calls, the endpoints
    /// it sends data to and the tools it exposes, each with its position in source. Observed, never declared: the cards show
    /// it apart from the declarations and rate nothing with it. <see langword="null"/> when the assembly carries no code
    /// evidence at all (built without the source generator, or by an older package that recorded only what it observed).
    /// Empty when the generator read the model's code and saw nothing (its "read" entry), or, in an older package's
    /// assembly, when it recorded evidence for other models but none for this one: it ran over every model of the
    /// compilation, so it saw nothing in this one's code.
    /// </summary>
    public Policy.CodeEvidence.ModelCodeEvidence? ObservedInCode =>
        Model.Code ?? (_assemblyCarriesCodeEvidence ? Policy.CodeEvidence.ModelCodeEvidence.Empty : null);

    private static bool Contains(IReadOnlyList<DatasetDeclaration> list, DatasetDeclaration item)
    {
        foreach (var candidate in list)
        {
            if (ReferenceEquals(candidate, item))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Where a card comes from: the assembly, the generator, and the date when one was asked for.</summary>
public sealed class CardSource
{
    /// <summary>Creates the source description.</summary>
    public CardSource(string assemblyName, string? assemblyVersion, string? informationalVersion, string sha256, Guid mvid, string generatorVersion, DateTimeOffset? date)
    {
        AssemblyName = assemblyName;
        AssemblyVersion = assemblyVersion;
        InformationalVersion = informationalVersion;
        Sha256 = sha256;
        Mvid = mvid;
        GeneratorVersion = generatorVersion;
        Date = date;
    }

    /// <summary>The assembly's simple name.</summary>
    public string AssemblyName { get; }

    /// <summary>The assembly version (four parts).</summary>
    public string? AssemblyVersion { get; }

    /// <summary>The informational (package) version, when declared.</summary>
    public string? InformationalVersion { get; }

    /// <summary>The SHA-256 of the assembly file, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>The assembly's module version id.</summary>
    public Guid Mvid { get; }

    /// <summary>The version of AiCompliance that generated the card.</summary>
    public string GeneratorVersion { get; }

    /// <summary>The card's date: only when SOURCE_DATE_EPOCH or an explicit date was given, so output stays reproducible.</summary>
    public DateTimeOffset? Date { get; }
}

/// <summary>The results of one metric across slices and datasets.</summary>
public sealed class MetricSeries
{
    internal MetricSeries(string metric, bool higherIsBetter, IReadOnlyList<MetricResult> results)
    {
        Metric = metric;
        HigherIsBetter = higherIsBetter;
        Results = results;
    }

    /// <summary>The metric's name as declared (empty when the declaration has none).</summary>
    public string Metric { get; }

    /// <summary>The direction of the first result; each result also carries its own.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The results, in declaration order.</summary>
    public IReadOnlyList<MetricResult> Results { get; }
}

/// <summary>One declared evaluation result. Values that are not finite numbers count as not given.</summary>
public sealed class MetricResult
{
    internal MetricResult(EvaluationDeclaration declaration, bool higherIsBetter)
    {
        Declaration = declaration;
        HigherIsBetter = higherIsBetter;
        Value = Numbers.Finite(declaration.Value);
        Threshold = Numbers.Finite(declaration.Threshold);
        ConfidenceLow = Numbers.Finite(declaration.ConfidenceLow);
        ConfidenceHigh = Numbers.Finite(declaration.ConfidenceHigh);
        MeetsThreshold = Numbers.Meets(Value, Threshold, higherIsBetter);
    }

    /// <summary>The declaration.</summary>
    public EvaluationDeclaration Declaration { get; }

    /// <summary>The measured value.</summary>
    public double? Value { get; }

    /// <summary>The committed threshold.</summary>
    public double? Threshold { get; }

    /// <summary>The lower bound of the confidence interval.</summary>
    public double? ConfidenceLow { get; }

    /// <summary>The upper bound of the confidence interval.</summary>
    public double? ConfidenceHigh { get; }

    /// <summary>The slice, or <see langword="null"/> for the overall result.</summary>
    public string? Slice => Declaration.Slice;

    /// <summary>The dataset id.</summary>
    public string? Dataset => Declaration.Dataset;

    /// <summary>Whether higher values are better for this result.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Whether the value reaches the threshold; <see langword="null"/> when either is missing.</summary>
    public bool? MeetsThreshold { get; }
}

/// <summary>One fairness assessment with its per-group results.</summary>
public sealed class FairnessResult
{
    internal FairnessResult(FairnessAssessmentDeclaration declaration, bool higherIsBetter, IReadOnlyList<GroupValue> groups)
    {
        Declaration = declaration;
        HigherIsBetter = higherIsBetter;
        Groups = groups;
        Value = Numbers.Finite(declaration.Value);
        Threshold = Numbers.Finite(declaration.Threshold);
        MeetsThreshold = Numbers.Meets(Value, Threshold, higherIsBetter);
    }

    /// <summary>The declaration.</summary>
    public FairnessAssessmentDeclaration Declaration { get; }

    /// <summary>Whether higher summary values are better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The summary disparity.</summary>
    public double? Value { get; }

    /// <summary>The committed limit for the summary disparity.</summary>
    public double? Threshold { get; }

    /// <summary>Whether the summary value is within the threshold; <see langword="null"/> when either is missing.</summary>
    public bool? MeetsThreshold { get; }

    /// <summary>Each group with its value, pairing <c>Groups</c> and <c>GroupValues</c> by position.</summary>
    public IReadOnlyList<GroupValue> Groups { get; }
}

/// <summary>A group of a fairness assessment and its result (either may be missing when the two arrays differ in length).</summary>
public sealed class GroupValue
{
    internal GroupValue(string? group, double? value)
    {
        Group = group;
        Value = value;
    }

    /// <summary>The group's name.</summary>
    public string? Group { get; }

    /// <summary>The group's result.</summary>
    public double? Value { get; }
}

/// <summary>One row of <see cref="ModelCard.ResultDetails"/>; <see cref="EvidenceCheck"/> is null when no evidence file is named.</summary>
public sealed record ResultDetail(string Result, Policy.EvaluationKind? Kind, string? Language, string? Evidence, string? EvidenceSha256, string? EvidenceCheck);
