using System.Globalization;
using CreditScoring;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// 1. Data: a seeded synthetic loan book, split into training and holdout sets.
var applicants = SyntheticApplicants.Generate(5_000);
var (training, holdout) = SyntheticApplicants.Split(applicants, trainingFraction: 0.7);
Console.WriteLine("Credit scoring: a logistic-regression scorer that recommends, and a credit officer who decides");
Console.WriteLine();
Console.WriteLine($"Data      {applicants.Count:N0} synthetic applicants (seed {SyntheticApplicants.Seed}): {training.Count:N0} for training "
                  + $"({RepaidShare(training) * 100:F1}% repaid), {holdout.Count:N0} held out ({RepaidShare(holdout) * 100:F1}% repaid)");
Console.WriteLine("Features  log income, debt-to-income, credit history, missed payments, employment years");
Console.WriteLine("          (gender and age band are kept apart and used only to measure fairness)");

// 2. Training: gradient descent at start-up, a fraction of a second.
var scorer = CreditScorer.Train(training);
Console.WriteLine("Weights   " + string.Join(", ", scorer.Weights().Select(w => $"{w.Feature} {w.Weight:+0.000;-0.000}")) + " (per standard deviation)");
Console.WriteLine();

// 3. Evaluation on the holdout set.
var report = EvaluationReport.Evaluate(scorer, holdout);
var at = report.AtThreshold;
Console.WriteLine($"Evaluation on {report.Count:N0} held-out applicants (dataset '{EvaluationReport.Dataset}'), "
                  + $"approval threshold {CreditScorer.ApprovalThreshold:F2}:");
Console.WriteLine($"  AUC {report.Auc:F3}   accuracy {at.Accuracy:F3}   precision {at.Precision:F3}   recall {at.Recall:F3}   approval rate {at.PositiveRate:F3}");
Console.WriteLine();
Console.WriteLine("  age band     n     AUC   approval rate   approval rate of those who repaid");
foreach (var band in report.ByAgeBand)
{
    Console.WriteLine($"  {band.AgeBand,-8} {band.Count,5}   {band.Auc:F3}   {band.ApprovalRate,13:F3}   {band.TruePositiveRate,33:F3}");
}

Console.WriteLine();
Console.WriteLine("  gender       n   approval rate");
foreach (var group in report.ByGender)
{
    Console.WriteLine($"  {group.Group,-8} {group.Count,5}   {group.ApprovalRate,13:F3}");
}

Console.WriteLine();
Console.WriteLine($"  gender: demographic parity difference {report.DemographicParityDifference:F3}, disparate impact ratio {report.DisparateImpactRatio:F3}");
Console.WriteLine($"  age band: equal opportunity difference {report.EqualOpportunityDifferenceByAge:F3} (creditworthy young applicants are approved less often)");
Console.WriteLine();

// 4. The results as the evidence file the declarations are bound to (eval/results.json, checked in): written on request,
//    so that a run with another seed or model never overwrites the file the build compares the declarations with.
var evidenceAt = Array.IndexOf(args, "--write-evidence");
if (evidenceAt >= 0 && evidenceAt + 1 < args.Length)
{
    File.WriteAllText(args[evidenceAt + 1], EvidenceFile.Write(report));
    Console.WriteLine($"Evidence  written to {args[evidenceAt + 1]}");
    Console.WriteLine();
}

// 5. The declarations on CreditScorer were copied from the output above; check that they still agree.
Console.WriteLine("Declared on CreditScorer vs measured now (3 decimals):");
Console.WriteLine($"  {"kind",-10}  {"result",-50} {"measured",7} {"declared",9}");
var consistent = DeclarationCheck.Run(report, Console.Out);
Console.WriteLine(consistent
    ? "  Every measured result is declared with the same value."
    : "  The declarations no longer match: copy the measured values into the attributes on CreditScorer.");
Console.WriteLine();

// 6. Human in the loop: the model recommends, a credit officer decides; the officer can override and can stop the model.
var log = new DecisionLog(new SimulatedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(7)));
var desk = new LoanDesk(scorer, log);
var officer = new CreditOfficer("Officer M. Tan");

// Sample applications, picked from the holdout set by rule so that every run shows the same ones.
var clearApproval = Case(a => scorer.Score(a.Profile) >= 0.9);
var clearDecline = Case(a => scorer.Score(a.Profile) < 0.4 && a.Profile.CreditHistoryYears >= LoanDesk.ThinFileYears);
var nearMiss = Case(
    a => scorer.Score(a.Profile) is >= 0.6 and < CreditScorer.ApprovalThreshold && a.Profile.CreditHistoryYears >= LoanDesk.ThinFileYears,
    evidence: "new permanent employment contract, salary 35% higher, confirmed with the employer");
var thinFile = Case(a => scorer.Score(a.Profile) < CreditScorer.ApprovalThreshold && a.Profile.CreditHistoryYears < LoanDesk.ThinFileYears);

Console.WriteLine("Decisions (the model recommends; the credit officer decides):");
foreach (var application in new[] { clearApproval, clearDecline, nearMiss, thinFile })
{
    Print(application, desk.Process(application, officer));
}

// The officers' chat assistant asks the model through its tool; the officer approved this call (the tool needs it).
Console.WriteLine($"  {officer.Name}'s assistant, approved call of the tool assess_credit_application for {nearMiss.Id}:");
Console.WriteLine("    " + await scorer.RunApprovedToolCallAsync(nearMiss.Profile));
Console.WriteLine();

desk.StopModel(officer, "Drift alert: the share of applications with debt-to-income above 50% doubled this week; model stopped pending review");
Console.WriteLine($"  {officer.Name} stops the model (drift alert); applications are decided on the manual policy until it is reviewed.");
var afterStop = Case(a => a.Id != clearApproval.Id && a.Profile is { MissedPayments: 0, DebtToIncome: < 0.35, CreditHistoryYears: >= 10 });
Print(afterStop, desk.Process(afterStop, officer));

// 7. The decision log: one record per decision and per oversight action.
Console.WriteLine($"Decision log ({log.Records.Count} records, kept {DecisionLog.RetentionDays} days):");
foreach (var line in log.ToJsonLines())
{
    Console.WriteLine("  " + line);
}

return consistent ? 0 : 1;

LoanApplication Case(Func<Applicant, bool> predicate, string? evidence = null)
{
    var applicant = holdout.First(predicate);
    return new LoanApplication(applicant.Id, applicant.Profile, evidence);
}

static double RepaidShare(IReadOnlyList<Applicant> applicants) => applicants.Count(a => a.Repaid) / (double)applicants.Count;

static void Print(LoanApplication application, (CreditAssessment? Assessment, OfficerDecision Decision) outcome)
{
    var (assessment, decision) = outcome;
    var p = application.Profile;
    Console.WriteLine($"  {application.Id}  income {p.AnnualIncome:F1}k, debt-to-income {p.DebtToIncome * 100:F0}%, credit history {p.CreditHistoryYears:F1} y, "
                      + $"missed payments {p.MissedPayments}, employed {p.EmploymentYears:F1} y");
    Console.WriteLine(assessment is null
        ? "    model     stopped: no recommendation"
        : $"    model     {assessment.Recommendation.ToString().ToLowerInvariant()} (repayment probability {assessment.RepaymentProbability:F3})"
          + (assessment.Reasons.Count == 0 ? "" : "; reasons " + string.Join(", ", assessment.Reasons.Select(r => r.Code))));
    Console.WriteLine($"    officer   {decision.Decision.ToString().ToUpperInvariant()}{(decision.OverridesModel ? " (override)" : "")}: {decision.Note}");
    Console.WriteLine("    letter    " + ApplicantLetter.Write(decision, assessment).Replace("\n", "\n              "));
    Console.WriteLine();
}
