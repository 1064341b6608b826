namespace AiCompliance.Policy.Rules;

/// <summary>AIC003: <c>[TrainedOn]</c> or <c>Evaluation.Dataset</c> names a dataset no <c>[assembly: Dataset]</c> declares.</summary>
public sealed class UnknownDatasetRule : Rule
{

    /// <summary>The diagnostic property carrying the unknown id, for the fix that declares it.</summary>
    public const string DatasetIdProperty = "DatasetId";

    public static readonly RuleDescriptor Rule = new(
        "AIC003", "UnknownDataset", RuleCategory.Structure,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        if (model.Identity is null)
        {
            return;
        }

        if (model.TrainedOn is { } trainedOn)
        {
            for (var i = 0; i < trainedOn.DatasetIds.Count; i++)
            {
                Check(context, trainedOn, "DatasetIds", i, trainedOn.DatasetIds[i]);
            }
        }

        foreach (var evaluation in model.Evaluations)
        {
            Check(context, evaluation, "Dataset", null, evaluation.Dataset);
        }
    }

    private void Check(ModelContext context, Declarations.Declaration target, string property, int? element, string? id)
    {
        // Blank and placeholder ids are reported by AIC208; calling them unknown as well would only add noise.
        if (string.IsNullOrWhiteSpace(id) || Validation.PlaceholderText.IsPlaceholder(id, out _) || context.FindDataset(id) is not null)
        {
            return;
        }

        context.ReportWithProperties(
            Descriptor, target, property, element,
            new System.Collections.Generic.Dictionary<string, string?> { [DatasetIdProperty] = id },
            context.Model.DisplayId, id);
    }
}
