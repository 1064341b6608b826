using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC122: the policy expects an AI disclosure from this model, it declares supported languages, and at least one of
/// them has no notice written in it (<see cref="LanguageCoverage"/>). A model with no notice at all is AIC115's.
/// </summary>
public sealed class MissingLanguageDisclosureRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC122", "MissingLanguageDisclosure", baseline: false, introducedIn: "0.1.0");

    public MissingLanguageDisclosureRule()
        : base(LanguageCoverage.DisclosureDeclarationId)
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null || context.Model.AiDisclosures.Count == 0 || !context.Settings.Requires(Declaration, context.Risk))
        {
            return;
        }

        var uncovered = LanguageCoverage.WithoutDisclosure(context.Model);
        if (uncovered.Count > 0)
        {
            ReportMissing(context, PhraseIn(uncovered));
        }
    }
}
