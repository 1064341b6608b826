using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC109: a dataset holds personal data and declares no legal basis for processing it.</summary>
public sealed class PersonalDataWithoutLegalBasisRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC109", "PersonalDataWithoutLegalBasis", RuleCategory.Declarations,
        RuleSeverity.None, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    private static readonly DeclarationDefinition Declaration = DeclarationCatalog.Get("personal-data");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksDatasets => true;

    public override void CheckDataset(DatasetContext context)
    {
        var settings = context.Settings;
        var dataset = context.Dataset;
        if (settings.Mode is not (ComplianceMode.Recommended or ComplianceMode.Strict) ||
            settings.SelectedReferences(Declaration).Count == 0 ||
            !dataset.HoldsPersonalData ||
            !string.IsNullOrWhiteSpace(dataset.LegalBasis))
        {
            return;
        }

        context.ReportWithProperties(
            Descriptor, "PersonalData", null, FindingCitation.Properties(settings, Declaration.References),
            dataset.Id ?? "(no id)", EnumText.Name(dataset.PersonalData!.Value).ToLowerInvariant(), FindingCitation.Localized(settings, Declaration.References));
    }
}
