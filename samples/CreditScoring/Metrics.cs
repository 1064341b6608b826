namespace CreditScoring;

/// <summary>The evaluation metrics, computed from scratch.</summary>
public static class Metrics
{
    /// <summary>
    /// Area under the ROC curve: the probability that a randomly chosen positive scores higher than a randomly chosen
    /// negative (ties count half), computed from ranks (Mann–Whitney U).
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = averageRank;
            }

            start = end + 1;
        }

        double positives = labels.Count(l => l);
        double negatives = labels.Count - positives;
        var positiveRankSum = Enumerable.Range(0, labels.Count).Where(i => labels[i]).Sum(i => ranks[i]);
        return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>Counts of a thresholded classifier: predicted positive when the score is at or above the threshold.</summary>
    public static ConfusionMatrix Confusion(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            (tp, fp, tn, fn) = (predicted, labels[i]) switch
            {
                (true, true) => (tp + 1, fp, tn, fn),
                (true, false) => (tp, fp + 1, tn, fn),
                (false, false) => (tp, fp, tn + 1, fn),
                (false, true) => (tp, fp, tn, fn + 1),
            };
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /// <summary>Rounds the way the declarations are written: three decimals, half away from zero.</summary>
    public static double Round3(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}

public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Accuracy => (double)(TruePositives + TrueNegatives) / Total;

    /// <summary>Of the applicants recommended for approval, the share who repaid.</summary>
    public double Precision => (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of the applicants who repaid, the share recommended for approval.</summary>
    public double Recall => (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The share recommended for approval.</summary>
    public double PositiveRate => (double)(TruePositives + FalsePositives) / Total;
}
