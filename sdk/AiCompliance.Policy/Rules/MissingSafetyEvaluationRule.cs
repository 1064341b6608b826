using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC121: the policy expects a safety or red-teaming result per declared language from this model (generative, or
/// high-risk in public administration, healthcare or education) and at least one language has none.
/// </summary>
public sealed class MissingSafetyEvaluationRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC121", "MissingSafetyEvaluation", baseline: false, introducedIn: "0.1.0");

    public MissingSafetyEvaluationRule()
        : base("safety-evaluation")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null || !context.Settings.Requires(Declaration, context.Risk))
        {
            return;
        }

        var uncovered = SafetyResults.Uncovered(context.Model);
        if (uncovered.Count == 0)
        {
            return;
        }

        ReportMissing(context, uncovered.Count == 1 && uncovered[0].Length == 0 ? Declaration.LocalizedPhrase : PhraseIn(uncovered));
    }
}
