using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// Whether higher values of a result are better: the policy's metric catalogue decides (the declared value wins, then
/// well-known error metrics are lower-is-better and fairness ratios higher-is-better), so the cards judge thresholds
/// exactly as the analyzers do.
/// </summary>
internal static class MetricDirection
{
    public static bool HigherIsBetter(EvaluationDeclaration evaluation) => MetricCatalog.HigherIsBetter(evaluation);

    public static bool HigherIsBetter(FairnessAssessmentDeclaration fairness) => MetricCatalog.HigherIsBetter(fairness);
}
