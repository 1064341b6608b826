using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC208: a declared text is empty or a placeholder ("TODO", "TBD", "…").</summary>
public sealed class PlaceholderTextRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC208", "PlaceholderText", RuleCategory.Values,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

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

        foreach (var declaration in model.All())
        {
            var attribute = ShortName(declaration.AttributeName);
            foreach (var text in DeclarationText.Strings(declaration))
            {
                // Optional properties left unset are fine; only text someone wrote can be a placeholder.
                if (text.Value is null || !PlaceholderText.IsPlaceholder(text.Value, out var reason))
                {
                    continue;
                }

                context.Report(Descriptor, declaration, text.Property, text.Element, attribute, text.Property, "model '" + model.DisplayId + "'", reason);
            }
        }
    }

    public override void CheckDataset(DatasetContext context)
    {
        foreach (var text in DeclarationText.Strings(context.Dataset))
        {
            if (text.Value is not null && PlaceholderText.IsPlaceholder(text.Value, out var reason))
            {
                context.Report(Descriptor, text.Property, text.Element, "Dataset", text.Property, "dataset '" + (context.Dataset.Id ?? "(no id)") + "'", reason);
            }
        }
    }

    private static string ShortName(string attributeName) =>
        attributeName.EndsWith("Attribute", System.StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;
}
