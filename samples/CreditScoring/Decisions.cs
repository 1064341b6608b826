using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditScoring;

/// <summary>A loan application as it reaches the desk: the profile the model scores, plus what an officer can verify.</summary>
/// <param name="VerifiedEvidence">Information the model does not see and an officer has checked (a new contract, rent records).</param>
public sealed record LoanApplication(string Id, CreditProfile Profile, string? VerifiedEvidence = null);

public enum Decision
{
    Approved,
    Declined,
}

/// <summary>The officer's decision, which is the lender's decision.</summary>
public sealed record OfficerDecision(Decision Decision, string DecidedBy, bool OverridesModel, string Note);

/// <summary>
/// A credit officer, simulated with the lender's written review policy so that the sample is deterministic. The model
/// recommends; the officer decides, and can override the model (<c>CanOverride</c>) or stop it (<c>CanStop</c>).
/// </summary>
public sealed class CreditOfficer(string name)
{
    /// <summary>How far below the approval threshold an officer may approve on verified evidence the model cannot see.</summary>
    public const double OverrideMargin = 0.15;

    public string Name { get; } = name;

    public OfficerDecision Decide(LoanApplication application, CreditAssessment? assessment)
    {
        if (assessment is null)
        {
            // The model is stopped: the manual policy the desk used before the model, and still uses as fallback.
            var p = application.Profile;
            var approve = p.DebtToIncome <= 0.40 && p.MissedPayments <= 1 && p.AnnualIncome >= 20;
            return new(approve ? Decision.Approved : Decision.Declined, Name, false,
                "Model stopped; decided on the manual lending policy (debt-to-income at most 40%, at most one missed payment, income at least 20k)");
        }

        if (assessment.Recommendation == Recommendation.Approve)
        {
            return new(Decision.Approved, Name, false, "Agrees with the model; documents verified");
        }

        if (application.VerifiedEvidence is { } evidence && assessment.RepaymentProbability >= CreditScorer.ApprovalThreshold - OverrideMargin)
        {
            return new(Decision.Approved, Name, true, "Overrides the model on verified evidence it cannot see: " + evidence);
        }

        return application.Profile.CreditHistoryYears < LoanDesk.ThinFileYears
            ? new(Decision.Declined, Name, false, "Thin-file review: no rent or utility payment records on file; applicant invited to provide them")
            : new(Decision.Declined, Name, false, "Agrees with the model");
    }
}

/// <summary>One line of the decision log. It holds no name, gender or age: only what is needed to reconstruct the decision.</summary>
public sealed record DecisionRecord(
    DateTimeOffset Time,
    string ApplicationId,
    string? ModelId,
    string? ModelVersion,
    double? Score,
    string? Recommendation,
    IReadOnlyList<string> ReasonCodes,
    string Decision,
    string DecidedBy,
    bool OverridesModel,
    string Note);

/// <summary>
/// The decision log: append-only, one record per decision and per oversight action. The sample keeps it in memory and
/// prints it as JSON lines; a real desk writes it to tamper-evident storage and deletes records after
/// <see cref="RetentionDays"/>.
/// </summary>
public sealed class DecisionLog(TimeProvider clock)
{
    /// <summary>Five years, the record-keeping period the lender applies to credit decisions.</summary>
    public const int RetentionDays = 1825;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly List<DecisionRecord> _records = [];

    public IReadOnlyList<DecisionRecord> Records => _records;

    public DateTimeOffset Now => clock.GetUtcNow();

    public void Append(DecisionRecord record) => _records.Add(record);

    public IEnumerable<string> ToJsonLines() => _records.Select(r => JsonSerializer.Serialize(r, Json));
}

/// <summary>The loan desk: every application is scored by the model (unless it is stopped) and decided by an officer.</summary>
public sealed class LoanDesk(CreditScorer scorer, DecisionLog log)
{
    /// <summary>Applicants with less credit history than this are "thin file": declines get an alternative-data review.</summary>
    public const double ThinFileYears = 5;

    public bool ModelStopped { get; private set; }

    public (CreditAssessment? Assessment, OfficerDecision Decision) Process(LoanApplication application, CreditOfficer officer)
    {
        var assessment = ModelStopped ? null : scorer.Assess(application.Profile);
        var decision = officer.Decide(application, assessment);
        log.Append(new DecisionRecord(
            log.Now,
            application.Id,
            assessment is null ? null : CreditScorer.ModelId,
            assessment?.ModelVersion,
            assessment is null ? null : Math.Round(assessment.RepaymentProbability, 3),
            assessment?.Recommendation.ToString().ToLowerInvariant(),
            assessment?.Reasons.Select(r => r.Code).ToArray() ?? [],
            decision.Decision.ToString().ToLowerInvariant(),
            decision.DecidedBy,
            decision.OverridesModel,
            decision.Note));
        return (assessment, decision);
    }

    /// <summary>An officer stops the model (<c>CanStop</c>); applications are then decided on the manual policy.</summary>
    public void StopModel(CreditOfficer officer, string reason)
    {
        ModelStopped = true;
        log.Append(new DecisionRecord(log.Now, "-", CreditScorer.ModelId, CreditScorer.ModelVersion, null, null, [], "model-stopped", officer.Name, false, reason));
    }
}

/// <summary>A clock that starts at a fixed time and moves on a few minutes per reading, so that the log is the same on every run.</summary>
public sealed class SimulatedClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _now;
        _now += step;
        return now;
    }
}
