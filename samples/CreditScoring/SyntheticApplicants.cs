namespace CreditScoring;

/// <summary>
/// Generates a synthetic loan book with a fixed seed, so that every run trains the same model and computes the same
/// numbers (the numbers declared on <see cref="CreditScorer"/>). No real person is in it.
/// </summary>
/// <remarks>
/// The generating process is deliberately not the model's: repayment depends on log-income, on a financial-stress factor
/// the model never sees and on noise, so the model is good but not perfect. Income is drawn slightly lower for women and
/// credit history is bounded by age, as in real loan books; that is what the fairness evaluation has to catch.
/// </remarks>
public static class SyntheticApplicants
{
    public const int Seed = 20261121;

    public static IReadOnlyList<Applicant> Generate(int count, int seed = Seed)
    {
        var random = new SeededRandom(seed);
        var applicants = new List<Applicant>(count);
        for (var i = 0; i < count; i++)
        {
            applicants.Add(Next(random, $"A-{i + 1:D5}"));
        }

        return applicants;
    }

    /// <summary>Shuffles with the same seed and splits: the first <paramref name="trainingFraction"/> trains, the rest is held out.</summary>
    public static (IReadOnlyList<Applicant> Training, IReadOnlyList<Applicant> Holdout) Split(
        IReadOnlyList<Applicant> applicants, double trainingFraction, int seed = Seed)
    {
        var shuffled = applicants.ToArray();
        var random = new SeededRandom(seed ^ 0x5EED);
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        var cut = (int)Math.Round(shuffled.Length * trainingFraction);
        return (shuffled[..cut], shuffled[cut..]);
    }

    private static Applicant Next(SeededRandom random, string id)
    {
        var gender = random.NextDouble() < 0.48 ? Gender.Female : Gender.Male;
        var age = DrawAge(random);
        var adultYears = age - 18;

        // A financial-stress factor the model never sees: it raises debt and missed payments and lowers repayment.
        var stress = random.NextGaussian();

        var logIncome = 3.55 + 0.018 * Math.Min(adultYears, 30) + 0.30 * random.NextGaussian() - (gender == Gender.Female ? 0.10 : 0.0);
        var income = Math.Round(Math.Exp(logIncome), 1);
        var debtToIncome = Math.Round(Math.Clamp(0.28 + 0.08 * stress + 0.10 * random.NextGaussian(), 0.0, 0.95), 3);
        var history = Math.Round(adultYears * (0.25 + 0.70 * random.NextDouble()), 1);
        var employment = Math.Round(Math.Min(adultYears, 45) * 0.6 * random.NextDouble(), 1);
        var missed = random.NextPoisson(Math.Exp(-1.1 + 0.7 * stress));

        var logit = 1.7
                    + 1.6 * (logIncome - 3.9)
                    - 4.5 * (debtToIncome - 0.28)
                    + 0.035 * Math.Min(history, 25)
                    + 0.030 * Math.Min(employment, 20)
                    - 0.50 * missed
                    - 0.45 * stress
                    + 0.50 * random.NextGaussian();
        var repaid = random.NextDouble() < 1 / (1 + Math.Exp(-logit));

        var profile = new CreditProfile(income, debtToIncome, history, missed, employment);
        return new Applicant(id, profile, new Demographics(gender, Demographics.AgeBandOf(age)), repaid);
    }

    private static int DrawAge(SeededRandom random)
    {
        // Share of applicants by age band, then a uniform age inside the band.
        ReadOnlySpan<(int From, int To, double Share)> bands =
        [
            (18, 24, 0.12), (25, 34, 0.28), (35, 49, 0.32), (50, 64, 0.20), (65, 80, 0.08),
        ];

        var u = random.NextDouble();
        foreach (var (from, to, share) in bands)
        {
            if (u < share)
            {
                return from + random.NextInt(to - from + 1);
            }

            u -= share;
        }

        return 65 + random.NextInt(16);
    }
}

/// <summary>
/// SplitMix64: a small, fast generator whose output depends only on the seed. <see cref="Random"/> with a seed is
/// not guaranteed to give the same sequence across .NET versions; declared numbers have to be reproducible.
/// </summary>
public sealed class SeededRandom(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Poisson draw (Knuth's method; fine for the small rates used here).</summary>
    public int NextPoisson(double rate)
    {
        var limit = Math.Exp(-rate);
        var product = NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }
}
