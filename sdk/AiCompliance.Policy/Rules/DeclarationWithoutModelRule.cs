namespace AiCompliance.Policy.Rules;

/// <summary>AIC004: a declaration attribute is written on a type that carries no <c>[AiModel]</c>.</summary>
public sealed class DeclarationWithoutModelRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC004", "DeclarationWithoutModel", RuleCategory.Structure,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ChecksStrayTypes => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is not null)
        {
            return;
        }

        foreach (var declaration in context.Model.All())
        {
            var name = declaration.AttributeName;
            var shortName = name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
            context.Report(Descriptor, declaration, null, null, shortName, context.Model.TypeName);
        }
    }
}
