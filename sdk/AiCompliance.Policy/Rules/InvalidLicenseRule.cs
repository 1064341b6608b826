using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC201: a model's or dataset's licence is not a valid SPDX license expression.</summary>
public sealed class InvalidLicenseRule : ValueRule
{
    public const string Title = "Licence is not a valid SPDX expression";
    public const string MessageFormat = "The licence of {0} is not valid SPDX: {1}";
    public const string Description = "Licences are SPDX license expressions (MIT, Apache-2.0, CC-BY-4.0 AND MIT, GPL-2.0-or-later WITH Classpath-exception-2.0) or LicenseRef-… for your own terms, so that model cards and SBOM tools can read them.";

    public static readonly RuleDescriptor Rule = Describe("AIC201", "InvalidLicense", Title, MessageFormat, Description, introducedIn: "0.1.0");

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
