using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC304: an impact or security assessment is older than the configured maximum age.</summary>
public sealed class StaleAssessmentRule : Rule
{
    public const string Title = "Assessment is out of date";
    public const string MessageFormat = "The {0} of model '{1}' is dated {2}, {3} days ago; renew it (assessments older than {4} days are out of date)";
    public const string Description = "Impact and security assessments describe the model as it was when they were done; one older than aicompliance.assessment_max_age_days (default 365) no longer vouches for the model that ships.";

    public static readonly RuleDescriptor Rule = new(
        "AIC304", "StaleAssessment", Title, MessageFormat, RuleCategory.Consistency, Description,
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
            context.Report(
                Descriptor, assessment, property, null,
                what, context.Model.DisplayId, when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), age, context.Settings.AssessmentMaxAgeDays);
        }
    }
}
