using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC123: a generative or high-risk model declares supported languages and at least one of them has no
/// task-performance result measured in it (<see cref="LanguageCoverage"/>). A model with no [Evaluation] at all is
/// AIC112's; safety and red-teaming results do not count here (per language, they are AIC121's).
/// </summary>
public sealed class MissingLanguageEvaluationRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC123", "MissingLanguageEvaluation", baseline: false, introducedIn: "0.1.0");

    public MissingLanguageEvaluationRule()
        : base(LanguageCoverage.EvaluationDeclarationId)
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null || context.Model.Evaluations.Count == 0 || !context.Settings.Requires(Declaration, context.Risk))
        {
            return;
        }

        var uncovered = LanguageCoverage.WithoutPerformanceResult(context.Model);
        if (uncovered.Count > 0)
        {
            ReportMissing(context, PhraseIn(uncovered));
        }
    }
}
