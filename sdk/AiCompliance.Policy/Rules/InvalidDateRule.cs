using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC205: an assessment date is not a <c>yyyy-MM-dd</c> date, or lies in the future.</summary>
public sealed class InvalidDateRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC205", "InvalidDate", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null)
        {
            return;
        }

        foreach (var (declaration, property) in DeclarationText.WithRole(context.Model, PropertyRole.Date))
        {
            Check(context, declaration, property.Name, property.Text(declaration), property.Phrase!);
        }
    }

    private void Check(ModelContext context, Declaration declaration, string property, string? date, string what)
    {
        if (!ShouldCheck(date))
        {
            return;
        }

        string? reason;
        if (!IsoDate.IsValid(date, out reason))
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), reason);
        }
        else if (IsoDate.TryParse(date, out var when) && IsoDate.IsInFuture(when, context.Settings.Today))
        {
            reason = "'" + date!.Trim() + "' is in the future (today is " + context.Settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")";
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), reason);
        }
    }
}
