using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC203: a data residency, transfer or dataset region is not an ISO 3166-1 alpha-2 code.</summary>
public sealed class InvalidRegionRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC203", "InvalidRegion", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ChecksDatasets => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        if (model.Identity is null)
        {
            return;
        }

        if (model.DataResidency is { } residency)
        {
            CheckAll(residency.Regions, (element, suggestion, reason) => context.ReportWithProperties(Descriptor, residency, "Regions", element, suggestion, "A data residency region", Subject(model), reason));
        }

        foreach (var transfer in model.DataTransfers)
        {
            Check(context, model, transfer, "FromRegion", transfer.FromRegion, "The source region of a data transfer");
            Check(context, model, transfer, "ToRegion", transfer.ToRegion, "The destination region of a data transfer");
        }
    }

    public override void CheckDataset(DatasetContext context) =>
        CheckAll(context.Dataset.Regions, (element, suggestion, reason) => context.ReportWithProperties(Descriptor, "Regions", element, suggestion, "A region", Subject(context.Dataset), reason));

    private void Check(ModelContext context, ModelDeclarations model, DataTransferDeclaration transfer, string property, string? value, string what)
    {
        if (ShouldCheck(value) && !RegionCode.IsValid(value, out var reason))
        {
            context.ReportWithProperties(Descriptor, transfer, property, null, Suggestion(RegionCode.Suggest(value)), what, Subject(model), reason);
        }
    }

    private static void CheckAll(IReadOnlyList<string?> regions, System.Action<int, IReadOnlyDictionary<string, string?>, string?> report)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            if (ShouldCheck(regions[i]) && !RegionCode.IsValid(regions[i], out var reason))
            {
                report(i, Suggestion(RegionCode.Suggest(regions[i])), reason);
            }
        }
    }
}
