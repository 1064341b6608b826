namespace CreditScoring;

/// <summary>What the applicant is told: the decision, the main reasons for a decline, and that AI was involved.</summary>
public static class ApplicantLetter
{
    public static string Write(OfficerDecision decision, CreditAssessment? assessment)
    {
        var text = decision.Decision == Decision.Approved
            ? "Your loan application has been approved."
            : "We are unable to approve your loan application at this time.";

        // Reason codes explain the model's score; after an override they would not explain the decision.
        if (decision.Decision == Decision.Declined && assessment is { Reasons.Count: > 0 } && !decision.OverridesModel)
        {
            text += " Main reasons: " + string.Join("; ", assessment.Reasons.Select(r => r.Text)) + ".";
        }

        // The disclosure goes with every decision the model contributed to, and only with those.
        return assessment is null ? text : text + "\n" + CreditScorer.DisclosureNotice;
    }
}
