using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// Whether higher values of a result are better. The policy's metric catalogue (well-known error metrics are
/// lower-is-better, fairness ratios higher-is-better) is not available yet; until it is, the declared value wins and
/// the attributes' own defaults apply otherwise: higher is better for evaluations, lower for fairness disparities.
/// </summary>
internal static class MetricDirection
{
    public static bool HigherIsBetter(EvaluationDeclaration evaluation) => evaluation.HigherIsBetter ?? true;

    public static bool HigherIsBetter(FairnessAssessmentDeclaration fairness) => fairness.HigherIsBetter ?? false;
}
