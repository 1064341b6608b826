namespace AiCompliance.Policy.Rules;

/// <summary>AIC117: the policy expects <c>[SupportedLanguages]</c> from this model and it has none.</summary>
public sealed class MissingSupportedLanguagesRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC117", "MissingSupportedLanguages", baseline: false, introducedIn: "0.1.0");

    public MissingSupportedLanguagesRule()
        : base("languages-locales")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
