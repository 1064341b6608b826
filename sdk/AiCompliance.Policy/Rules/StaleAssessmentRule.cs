using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC304: an impact or security assessment is older than the configured maximum age.</summary>
public sealed class StaleAssessmentRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC304", "StaleAssessment", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null)
        {
            return;
        }

        foreach (var (assessment, property) in DeclarationText.WithRole(context.Model, PropertyRole.Date))
        {
            Check(context, assessment, property.Name, property.Text(assessment), property.Phrase!);
        }
    }

    private void Check(ModelContext context, Declaration assessment, string property, string? date, string what)
    {
        if (!IsoDate.TryParse(date, out var when))
        {
            return;
        }

        var age = (context.Settings.Today - when).Days;
        if (age > context.Settings.AssessmentMaxAgeDays)
        {
            // The dated assessments are declarations of the catalogue, whose phrases every language has.
            object subject = what;
            foreach (var declaration in DeclarationCatalog.All)
            {
                if (declaration.Phrase == what)
                {
                    subject = declaration.LocalizedPhrase;
                    break;
                }
            }

            context.Report(
                Descriptor, assessment, property, null,
                subject, context.Model.DisplayId, when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), age, context.Settings.AssessmentMaxAgeDays);
        }
    }
}
