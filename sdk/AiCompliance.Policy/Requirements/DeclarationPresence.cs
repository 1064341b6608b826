using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// Whether a model makes each of the 21 declarations. One definition shared by the AIC1xx rules, the model cards'
/// compliance matrix and <c>aicompliance check</c>, so "declared" means the same thing everywhere.
/// </summary>
public static class DeclarationPresence
{
    /// <summary>Whether <paramref name="model"/> makes the declaration <paramref name="declarationId"/>.</summary>
    public static bool IsDeclared(string declarationId, ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets) => declarationId switch
    {
        "system-identity" => model.Identity is not null,
        "intended-purpose" => model.IntendedUse is not null,
        "known-limitations" => model.KnownLimitations.Count > 0,
        "risk-classification" => model.RiskProfile is not null,
        "risk-impact-assessment" => model.ImpactAssessment is not null,
        "human-oversight" => model.HumanOversight is not null,
        "accountable-owner" => model.AccountableOwner is not null,
        "data-provenance" => HasTrainingData(model) || !string.IsNullOrWhiteSpace(model.Identity?.BaseModel),
        "ip-copyright" => !string.IsNullOrWhiteSpace(model.Identity?.License) && UnlicensedTrainingData(model, datasets).Count == 0,
        "personal-data" => PersonalDataWithoutLegalBasis(model, datasets).Count == 0,
        "data-residency" => model.DataResidency is not null,
        "fairness-evaluation" => model.FairnessAssessments.Count > 0,
        "performance-evaluation" => model.Evaluations.Count > 0,
        "security-testing" => model.SecurityAssessment is not null,
        "explainability" => model.Explainability is not null,
        "ai-interaction-disclosure" => model.AiDisclosure is not null,
        "content-provenance" => model.ContentProvenance is { Methods: not null and not ProvenanceMethod.None },
        "languages-locales" => model.SupportedLanguages is { LanguageTags.Count: > 0 },
        "logging-traceability" => model.DecisionLogging is not null,
        "monitoring-incidents" => model.Monitoring is not null,
        "compute-energy" => model.ComputeFootprint is not null,
        _ => false,
    };

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
