using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC108: a generative model declares no licence, or a model (generative or not) is trained or evaluated on a dataset
/// that declares none.
/// </summary>
public sealed class MissingLicenseRule : Rule
{

    /// <summary>The diagnostic property that says which fix applies: "model" (add a licence to [AiModel]) or "dataset".</summary>
    public const string SubjectProperty = "Subject";

    public static readonly RuleDescriptor Rule = new(
        "AIC108", "MissingLicense", RuleCategory.Declarations,
        RuleSeverity.None, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    private static readonly DeclarationDefinition Declaration = DeclarationCatalog.Get("ip-copyright");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        if (model.Identity is null || !context.Settings.Requires(Declaration, context.Risk))
        {
            return;
        }

        var citation = FindingCitation.Localized(context.Settings, Declaration.References);
        if (context.Risk.IsGenerative && string.IsNullOrWhiteSpace(model.Identity.License))
        {
            context.ReportWithProperties(Descriptor, null, null, null, Properties(context, "model"), model.DisplayId, LocalizedText.Of("Clause_DeclaresNo", Declaration.LocalizedPhrase), LocalizedText.Of("Instruction_Set", "AiModel.License"), citation);
        }

        var training = DeclarationPresence.UnlicensedTrainingData(model, context.Datasets);
        if (model.TrainedOn is { } trainedOn)
        {
            foreach (var dataset in training)
            {
                var index = IndexOf(trainedOn.DatasetIds, dataset.Id);
                context.ReportWithProperties(
                    Descriptor, trainedOn, "DatasetIds", index, Properties(context, "dataset"),
                    model.DisplayId, LocalizedText.Of("Clause_TrainsOnUnlicensed", dataset.Id), LocalizedText.Of("Instruction_Set", "Dataset.License"), citation);
            }
        }

        // An evaluation dataset is reported once, at its first evaluation, unless it is a training dataset too.
        var reported = new List<DatasetDeclaration>(training);
        foreach (var dataset in DeclarationPresence.UnlicensedData(model, context.Datasets))
        {
            if (reported.Contains(dataset))
            {
                continue;
            }

            foreach (var evaluation in model.Evaluations)
            {
                if (DeclarationIds.Same(evaluation.Dataset, dataset.Id))
                {
                    context.ReportWithProperties(
                        Descriptor, evaluation, "Dataset", null, Properties(context, "dataset"),
                        model.DisplayId, LocalizedText.Of("Clause_EvaluatedOnUnlicensed", dataset.Id), LocalizedText.Of("Instruction_Set", "Dataset.License"), citation);
                    reported.Add(dataset);
                    break;
                }
            }
        }
    }

    private static Dictionary<string, string?> Properties(ModelContext context, string subject)
    {
        var properties = FindingCitation.Properties(context.Settings, Declaration.References, context.Risk);
        properties[SubjectProperty] = subject;
        return properties;
    }

    private static int? IndexOf(IReadOnlyList<string?> ids, string? id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (DeclarationIds.Same(ids[i], id))
            {
                return i;
            }
        }

        return null;
    }
}
