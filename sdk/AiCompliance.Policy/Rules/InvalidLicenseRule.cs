using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC201: a model's or dataset's licence is not a valid SPDX license expression.</summary>
public sealed class InvalidLicenseRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC201", "InvalidLicense", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ChecksDatasets => true;

    public override void CheckModel(ModelContext context)
    {
        var identity = context.Model.Identity;
        if (identity is not null && ShouldCheck(identity.License) && !SpdxExpression.IsValid(identity.License, out var reason))
        {
            context.ReportWithProperties(Descriptor, identity, "License", null, Suggestion(SpdxExpression.Suggest(identity.License)), Subject(context.Model), reason);
        }
    }

    public override void CheckDataset(DatasetContext context)
    {
        var dataset = context.Dataset;
        if (ShouldCheck(dataset.License) && !SpdxExpression.IsValid(dataset.License, out var reason))
        {
            context.ReportWithProperties(Descriptor, "License", null, Suggestion(SpdxExpression.Suggest(dataset.License)), Subject(dataset), reason);
        }
    }
}
