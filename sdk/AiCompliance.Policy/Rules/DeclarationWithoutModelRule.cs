namespace AiCompliance.Policy.Rules;

/// <summary>AIC004: a declaration attribute is written on a type that carries no <c>[AiModel]</c>.</summary>
public sealed class DeclarationWithoutModelRule : Rule
{
    public const string Title = "Declaration on a type that is not a model";
    public const string MessageFormat = "[{0}] is written on '{1}', which is not declared with [AiModel]; declarations describe a model";
    public const string Description = "Declarations such as [RiskProfile] or [Evaluation] only count on a type marked [AiModel]; elsewhere no check and no model card sees them.";

    public static readonly RuleDescriptor Rule = new(
        "AIC004", "DeclarationWithoutModel", Title, MessageFormat, RuleCategory.Structure, Description,
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
