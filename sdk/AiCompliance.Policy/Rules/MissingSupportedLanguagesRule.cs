namespace AiCompliance.Policy.Rules;

/// <summary>AIC117: the policy expects <c>[SupportedLanguages]</c> from this model and it has none.</summary>
public sealed class MissingSupportedLanguagesRule : MissingDeclarationRule
{
    public const string Title = "Model declares no supported languages";
    public const string Description = "Generative and high-risk models declare the languages they were built and evaluated for, as BCP 47 tags.";

    public static readonly RuleDescriptor Rule = Describe("AIC117", "MissingSupportedLanguages", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingSupportedLanguagesRule()
        : base("languages-locales")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
