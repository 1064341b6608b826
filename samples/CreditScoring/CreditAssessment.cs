namespace CreditScoring;

public enum Recommendation
{
    Approve,
    Decline,
}

/// <summary>A reason code: why a score is lower than the average applicant's.</summary>
public sealed record ReasonCode(string Code, string Text);

/// <summary>What the model says about one application. It is a recommendation: a credit officer decides.</summary>
public sealed record CreditAssessment(
    double RepaymentProbability,
    Recommendation Recommendation,
    IReadOnlyList<ReasonCode> Reasons,
    string ModelVersion);
