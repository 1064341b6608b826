using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC109: a dataset holds personal data and declares no legal basis for processing it.</summary>
public sealed class PersonalDataWithoutLegalBasisRule : Rule
{
    public const string Title = "Personal data without a legal basis";
    /// <summary>{0} dataset id, {1} the kind of personal data, {2} the frameworks that ask for a legal basis.</summary>
    public const string MessageFormat = "Dataset '{0}' holds {1} data but declares no legal basis: set LegalBasis ({2})";
    public const string Description = "A dataset that holds pseudonymized, personal or sensitive data states the legal basis for processing it (consent, contract, legal obligation, ...), as data-protection law requires.";

    public static readonly RuleDescriptor Rule = new(
        "AIC109", "PersonalDataWithoutLegalBasis", Title, MessageFormat, RuleCategory.Declarations, Description,
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
            dataset.Id ?? "(no id)", EnumText.Name(dataset.PersonalData!.Value).ToLowerInvariant(), FindingCitation.InMessage(settings, Declaration.References));
    }
}
