namespace CreditScoring;

/// <summary>What the model sees of an application: five financial features and nothing else.</summary>
/// <param name="AnnualIncome">Gross annual income, in thousands.</param>
/// <param name="DebtToIncome">Monthly debt payments divided by monthly income (0.35 = 35%).</param>
/// <param name="CreditHistoryYears">Years since the first credit account was opened.</param>
/// <param name="MissedPayments">Payments missed in the last 24 months.</param>
/// <param name="EmploymentYears">Years with the current employer.</param>
public sealed record CreditProfile(
    double AnnualIncome,
    double DebtToIncome,
    double CreditHistoryYears,
    int MissedPayments,
    double EmploymentYears);

public enum Gender
{
    Female,
    Male,
}

/// <summary>
/// Protected attributes. They are kept apart from <see cref="CreditProfile"/> so that the model cannot take them as
/// features: they exist only to measure fairness (approval rate by gender, AUC by age band).
/// </summary>
public sealed record Demographics(Gender Gender, string AgeBand)
{
    public static readonly string[] AgeBands = ["18-24", "25-34", "35-49", "50-64", "65+"];

    public static string AgeBandOf(int age) => age switch
    {
        < 25 => "18-24",
        < 35 => "25-34",
        < 50 => "35-49",
        < 65 => "50-64",
        _ => "65+",
    };
}

/// <summary>One historical applicant: the application, the protected attributes and whether the loan was repaid.</summary>
public sealed record Applicant(string Id, CreditProfile Profile, Demographics Demographics, bool Repaid);
