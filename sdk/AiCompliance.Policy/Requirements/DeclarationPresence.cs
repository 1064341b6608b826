using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// Whether the attributes that make each of the 24 declarations are there. The AIC1xx rules report what is absent from
/// it; the cards, <c>aicompliance check</c> and the diff start from it and then judge the content
/// (<see cref="DeclarationStatuses"/>), so a placeholder is never "declared". Most declarations are made by one
/// attribute, as the declaration registry (<see cref="DeclarationKinds"/>) records.
/// </summary>
public static class DeclarationPresence
{
    /// <summary>Whether <paramref name="model"/> makes the declaration <paramref name="declarationId"/>.</summary>
    /// <remarks>
    /// A declaration that one attribute makes is present when the registry says so (<see cref="DeclarationKind.RequirementId"/>);
    /// the three that are judged from several attributes and the datasets they reach are decided here. Presence is
    /// "the attributes are there"; whether their content makes the declaration is <see cref="DeclarationStatuses"/>.
    /// </remarks>
    public static bool IsDeclared(string declarationId, ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        foreach (var kind in DeclarationKinds.All)
        {
            if (kind.RequirementId == declarationId)
            {
                return kind.IsPresentIn(model);
            }
        }

        return declarationId switch
        {
            "data-provenance" => HasTrainingData(model) || !string.IsNullOrWhiteSpace(model.Identity?.BaseModel),
            // Generative models state their own licence; every model states the licence of the data it names.
            "ip-copyright" => (!RiskContext.For(model).IsGenerative || !string.IsNullOrWhiteSpace(model.Identity?.License)) && UnlicensedData(model, datasets).Count == 0,
            // Without a declared dataset nothing says whether the model processes personal data: that is not
            // "nothing to declare". A model whose data holds none says so with PersonalData = None on its datasets.
            SafetyResults.DeclarationId => SafetyResults.Uncovered(model).Count == 0,
            // Without any notice or [Evaluation] there is nothing per language yet: AIC115 and AIC112 report the absence.
            LanguageCoverage.DisclosureDeclarationId => model.AiDisclosures.Count > 0 && LanguageCoverage.WithoutDisclosure(model).Count == 0,
            LanguageCoverage.EvaluationDeclarationId => model.Evaluations.Count > 0 && LanguageCoverage.WithoutPerformanceResult(model).Count == 0,
            "personal-data" => ReferencedDatasets(model, datasets).Count > 0 && PersonalDataWithoutLegalBasis(model, datasets).Count == 0,
            _ => false,
        };
    }

    /// <summary>The datasets the model names in <c>[TrainedOn]</c> or in an evaluation, as declared (unknown ids skipped).</summary>
    public static IReadOnlyList<DatasetDeclaration> ReferencedDatasets(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        void Add(string? id)
        {
            if (DeclarationIds.FindDataset(datasets, id) is { } dataset && !result.Contains(dataset))
            {
                result.Add(dataset);
            }
        }

        if (model.TrainedOn is { } trainedOn)
        {
            foreach (var id in trainedOn.DatasetIds)
            {
                Add(id);
            }
        }

        foreach (var evaluation in model.Evaluations)
        {
            Add(evaluation.Dataset);
        }

        return result;
    }

    /// <summary>The training datasets (from <c>[TrainedOn]</c>) that declare no licence.</summary>
    public static IReadOnlyList<DatasetDeclaration> UnlicensedTrainingData(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        if (model.TrainedOn is null)
        {
            return result;
        }

        foreach (var dataset in ReferencedDatasets(model.TrainedOn.DatasetIds, datasets))
        {
            if (string.IsNullOrWhiteSpace(dataset.License))
            {
                result.Add(dataset);
            }
        }

        return result;
    }

    /// <summary>
    /// The datasets the model is trained on (<c>[TrainedOn]</c>) or evaluated on (<c>[Evaluation]</c>) that declare no
    /// licence, training ones first. The SDK cannot tell an organisation's own data from a third party's, so every
    /// named dataset states its terms; data of one's own says so with a <c>LicenseRef-</c> (for example
    /// <c>LicenseRef-Internal-Use</c>).
    /// </summary>
    public static IReadOnlyList<DatasetDeclaration> UnlicensedData(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        foreach (var dataset in ReferencedDatasets(model, datasets))
        {
            if (string.IsNullOrWhiteSpace(dataset.License))
            {
                result.Add(dataset);
            }
        }

        return result;
    }

    /// <summary>The datasets the model uses that hold personal data and declare no legal basis.</summary>
    public static IReadOnlyList<DatasetDeclaration> PersonalDataWithoutLegalBasis(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        foreach (var dataset in ReferencedDatasets(model, datasets))
        {
            if (dataset.HoldsPersonalData && string.IsNullOrWhiteSpace(dataset.LegalBasis))
            {
                result.Add(dataset);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the model declares a legal basis for processing personal data: a dataset it uses holds personal data and
    /// states its <c>LegalBasis</c>. The code-evidence rules that follow personal data into prompts ask this.
    /// </summary>
    public static bool DeclaresPersonalDataLegalBasis(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets)
    {
        foreach (var dataset in ReferencedDatasets(model, datasets))
        {
            if (dataset.HoldsPersonalData && !string.IsNullOrWhiteSpace(dataset.LegalBasis))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTrainingData(ModelDeclarations model)
    {
        if (model.TrainedOn is null)
        {
            return false;
        }

        foreach (var id in model.TrainedOn.DatasetIds)
        {
            if (!string.IsNullOrWhiteSpace(id))
            {
                return true;
            }
        }

        return false;
    }

    private static List<DatasetDeclaration> ReferencedDatasets(IReadOnlyList<string?> ids, IReadOnlyList<DatasetDeclaration> datasets)
    {
        var result = new List<DatasetDeclaration>();
        foreach (var id in ids)
        {
            if (DeclarationIds.FindDataset(datasets, id) is { } dataset && !result.Contains(dataset))
            {
                result.Add(dataset);
            }
        }

        return result;
    }
}
