using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy;

/// <summary>The active policy: the mode, the selected frameworks and the limits the rules use.</summary>
public sealed class PolicySettings
{
    /// <summary>The frameworks selected when <c>AiComplianceFrameworks</c> is not set.</summary>
    public static readonly IReadOnlyList<string> DefaultFrameworkIds = new[]
    {
        "asean-japan-2026", "asean-guide-2024", "asean-genai-2025", "hiroshima-coc", "jp-aigfb",
    };

    // '+' because MSBuild splits a -p: value on ',' and ';' (MSB1006): '-p:AiComplianceFrameworks=eu-ai-act+nist-ai-rmf'
    // is the one form that passes through every shell and MSBuild unquoted and unescaped. No framework id contains it.
    private static readonly char[] ListSeparators = { ',', ';', '+', ' ', '\t' };

    public const int DefaultAssessmentMaxAgeDays = 365;
    public const int DefaultMaxAcceptanceDays = 180;

    /// <summary>
    /// The largest value either day limit accepts: ten years (3,660 days). A larger limit is no time box at all, and
    /// keeps every date computed from it far inside <see cref="DateTime"/>'s range.
    /// </summary>
    public const int MaxDayLimit = 3660;

    /// <summary>The earliest pinned date (<c>AiComplianceBuildDate</c>, <c>--date</c>) the policy takes.</summary>
    public static readonly DateTime EarliestDate = new(2000, 1, 1);

    /// <summary>
    /// The latest pinned date the policy takes. With <see cref="MaxDayLimit"/>, no date the rules compute can leave
    /// <see cref="DateTime"/>'s range (which ends in 9999).
    /// </summary>
    public static readonly DateTime LatestDate = new(2199, 12, 31);

    private readonly DateTime? _pinnedDate;

    private PolicySettings(ComplianceMode mode, IReadOnlyList<Framework> frameworks, IReadOnlyList<string> unknownFrameworkIds, string? unrecognizedMode, DateTime? pinnedDate, DateTime realToday, int assessmentMaxAgeDays, int maxAcceptanceDays, Version? level, IReadOnlyList<string>? problems = null)
    {
        Problems = problems ?? Array.Empty<string>();
        Mode = mode;
        Frameworks = frameworks;
        UnknownFrameworkIds = unknownFrameworkIds;
        UnrecognizedMode = unrecognizedMode;
        _pinnedDate = pinnedDate;
        RealToday = realToday.Date;
        AssessmentMaxAgeDays = assessmentMaxAgeDays;
        MaxAcceptanceDays = maxAcceptanceDays;
        Level = level;
    }

    public ComplianceMode Mode { get; }

    /// <summary>The selected frameworks, in the order given, without duplicates or unknown ids.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>Ids in the configuration that name no framework.</summary>
    public IReadOnlyList<string> UnknownFrameworkIds { get; }

    /// <summary>The configured mode when it was not one of the four (the policy then falls back to recommended).</summary>
    public string? UnrecognizedMode { get; }

    /// <summary>
    /// What the configuration got wrong, one sentence each (unknown mode, framework ids or level, an unreadable date or limit),
    /// with what the policy does instead. AIC005 reports them.
    /// </summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// The date that counts as today for what a build may pin to be reproducible (future dates, the age of an
    /// assessment): <c>AiComplianceBuildDate</c> or <c>--date</c> when set, else <see cref="RealToday"/>. Never used for
    /// risk-acceptance expiry.
    /// </summary>
    public DateTime Today => _pinnedDate ?? RealToday;

    /// <summary>
    /// The real UTC date, the only clock of risk-acceptance expiry (<see cref="Acceptances.RiskAcceptances"/>): a
    /// pinned date makes output reproducible, but must never keep a lapsed acceptance alive.
    /// </summary>
    public DateTime RealToday { get; }

    public int AssessmentMaxAgeDays { get; }

    public int MaxAcceptanceDays { get; }

    /// <summary>
    /// The release whose rules the project was last reviewed against (<c>AiComplianceLevel</c>); rules introduced after
    /// it apply at most as suggestions. <see langword="null"/> is <c>latest</c>: every rule at its mode's severity.
    /// </summary>
    public Version? Level { get; }

    /// <summary>The default policy: recommended, default frameworks, today's UTC date.</summary>
    public static PolicySettings Default { get; } = Create(null, null, null, null, null);

    /// <summary>
    /// Builds settings from configuration strings, as they arrive from MSBuild or the command line. Never throws, whatever
    /// the text: an unknown mode falls back to recommended, unknown framework ids are set aside, and a date or day limit
    /// that is unreadable or out of range (<see cref="EarliestDate"/>–<see cref="LatestDate"/>, 1–<see cref="MaxDayLimit"/>)
    /// gives way to the default; each is a sentence of <see cref="Problems"/>, which AIC005 reports.
    /// <paramref name="realToday"/> is the real date (default: the machine's UTC date); only tests set it.
    /// <paramref name="maxAcceptanceDaysSource"/> names where <paramref name="maxAcceptanceDays"/> came from, for the
    /// problem sentence (the analyzer option, or the MSBuild property <c>AiComplianceMaxAcceptanceDays</c>).
    /// </summary>
    public static PolicySettings Create(string? mode, string? frameworks, string? buildDate, string? assessmentMaxAgeDays, string? maxAcceptanceDays, string? level = null, DateTime? realToday = null, string maxAcceptanceDaysSource = OptionKeys.MaxAcceptanceDays)
    {
        var problems = new List<string>();
        var (parsedMode, unrecognizedMode) = ParseMode(mode);
        if (unrecognizedMode is not null)
        {
            problems.Add("AiComplianceMode '" + unrecognizedMode + "' is not one of none, minimal, recommended, strict; the policy uses recommended");
        }

        var (selected, unknown) = ParseFrameworks(frameworks);
        if (unknown.Count > 0)
        {
            var known = new List<string>();
            foreach (var framework in FrameworkCatalog.All)
            {
                known.Add(framework.Id);
            }

            // An empty selection would silently switch off every framework-driven rule; the defaults are safer.
            var fallback = selected.Count == 0 ? "; none is left, so the policy uses the default frameworks" : "";
            problems.Add("AiComplianceFrameworks names unknown framework(s) '" + string.Join("', '", unknown) + "'; known ids: " + string.Join(", ", known) + fallback);
            if (selected.Count == 0)
            {
                (selected, _) = ParseFrameworks(null);
            }
        }

        var real = (realToday ?? DateTime.UtcNow).Date;
        DateTime? pinned = null;
        if (!string.IsNullOrWhiteSpace(buildDate))
        {
            var text = buildDate!.Trim();
            var uses = "; the policy uses today's date, " + real.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!IsoDate.TryParse(text, out var date))
            {
                problems.Add("AiComplianceBuildDate " + ValidationText.Quote(text) + " is not a yyyy-MM-dd date" + uses);
            }
            else if (!IsInDateRange(date))
            {
                problems.Add("AiComplianceBuildDate " + ValidationText.Quote(text) + " is outside " + DateRange + uses);
            }
            else
            {
                pinned = date;
            }
        }

        return new PolicySettings(
            parsedMode,
            selected,
            unknown,
            unrecognizedMode,
            pinned,
            real,
            ParseDays(assessmentMaxAgeDays, DefaultAssessmentMaxAgeDays, OptionKeys.AssessmentMaxAgeDays, problems),
            ParseDays(maxAcceptanceDays, DefaultMaxAcceptanceDays, maxAcceptanceDaysSource, problems),
            ParseLevel(level, problems),
            problems);
    }

    /// <summary>The range a pinned date must fall in, as the messages write it.</summary>
    public static string DateRange =>
        EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " to " + LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether a pinned date is within <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    public static bool IsInDateRange(DateTime date) => date.Date >= EarliestDate && date.Date <= LatestDate;

    /// <summary>
    /// A copy with another pinned date as <see cref="Today"/> (the CLI's --date, a card's date). Risk acceptances still
    /// expire by <see cref="RealToday"/>.
    /// </summary>
    public PolicySettings WithToday(DateTime today) =>
        new(Mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, today.Date, RealToday, AssessmentMaxAgeDays, MaxAcceptanceDays, Level, Problems);

    /// <summary>A copy on another real date (tests, which must not depend on the wall clock); a pinned date stays pinned.</summary>
    public PolicySettings WithRealToday(DateTime realToday) =>
        new(Mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, _pinnedDate, realToday.Date, AssessmentMaxAgeDays, MaxAcceptanceDays, Level, Problems);

    /// <summary>A copy with another mode.</summary>
    public PolicySettings WithMode(ComplianceMode mode) =>
        new(mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, _pinnedDate, RealToday, AssessmentMaxAgeDays, MaxAcceptanceDays, Level, Problems);

    /// <summary>A copy with another maximum acceptance length (the CLI's --max-acceptance-days, already checked).</summary>
    public PolicySettings WithMaxAcceptanceDays(int days) =>
        new(Mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, _pinnedDate, RealToday, AssessmentMaxAgeDays, days, Level, Problems);

    /// <summary>
    /// The severity of a rule's findings under this policy: its severity in the mode, lowered to a suggestion when the
    /// rule was introduced after the pinned <see cref="Level"/> (as the build does with the level's global config).
    /// </summary>
    public RuleSeverity SeverityOf(RuleDescriptor rule)
    {
        var severity = rule.SeverityIn(Mode);
        return Level is { } level && severity > RuleSeverity.Info && rule.IntroducedInVersion > level ? RuleSeverity.Info : severity;
    }

    /// <summary>Whether the model described by <paramref name="risk"/> must carry the declaration under this policy.</summary>
    public bool Requires(DeclarationDefinition declaration, RiskContext risk)
    {
        switch (Mode)
        {
            case ComplianceMode.None:
                return false;
            case ComplianceMode.Minimal:
                return declaration.Baseline;
            default:
                return declaration.Baseline || (risk.Matches(declaration.RequiredWhen) && SelectedReferences(declaration).Count > 0);
        }
    }

    /// <summary>Whether a selected framework cites the declaration and the requirement level matches the model.</summary>
    public bool AppliesTo(DeclarationDefinition declaration, RiskContext risk) =>
        risk.Matches(declaration.RequiredWhen) && SelectedReferences(declaration).Count > 0;

    /// <summary>The declaration's clause references that belong to the selected frameworks, in framework order.</summary>
    public IReadOnlyList<ClauseReference> SelectedReferences(DeclarationDefinition declaration)
    {
        var result = new List<ClauseReference>();
        foreach (var framework in Frameworks)
        {
            foreach (var reference in declaration.References)
            {
                if (reference.FrameworkId == framework.Id)
                {
                    result.Add(reference);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The references that belong to the selected frameworks, grouped by framework in selection order:
    /// "asean-guide-2024 C2, C2.HITL; hiroshima-coc A1 (to verify)", with at most <paramref name="maxClausesPerFramework"/>
    /// clauses per framework, then "…"; empty when no selected framework is among them.
    /// </summary>
    public string CiteReferences(IReadOnlyList<ClauseReference> references, int maxClausesPerFramework = 3)
    {
        var text = new StringBuilder();
        foreach (var framework in Frameworks)
        {
            var count = 0;
            var truncated = false;
            foreach (var reference in references)
            {
                if (reference.FrameworkId != framework.Id)
                {
                    continue;
                }

                if (count == maxClausesPerFramework)
                {
                    truncated = true;
                    break;
                }

                text.Append(count == 0 ? (text.Length == 0 ? "" : "; ") + framework.Id + " " : ", ");
                text.Append(reference.ClauseId);
                if (reference.ToVerify)
                {
                    text.Append(" (to verify)");
                }

                count++;
            }

            if (truncated)
            {
                text.Append(", …");
            }
        }

        return text.ToString();
    }

    private static (ComplianceMode Mode, string? Unrecognized) ParseMode(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (ComplianceMode.Recommended, null);
        }

        return text!.ToUpperInvariant() switch
        {
            "NONE" => (ComplianceMode.None, null),
            "MINIMAL" => (ComplianceMode.Minimal, null),
            "RECOMMENDED" => (ComplianceMode.Recommended, null),
            "STRICT" => (ComplianceMode.Strict, null),
            _ => (ComplianceMode.Recommended, text),
        };
    }

    private static Version? ParseLevel(string? value, List<string> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, RuleRelease.Latest, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (RuleRelease.TryParse(text, out var level))
        {
            return level;
        }

        problems.Add("AiComplianceLevel '" + text + "' is neither latest nor a release number such as 0.1.0; the policy uses latest");
        return null;
    }

    private static (IReadOnlyList<Framework> Selected, IReadOnlyList<string> Unknown) ParseFrameworks(string? value)
    {
        IEnumerable<string> ids = string.IsNullOrWhiteSpace(value)
            ? DefaultFrameworkIds
            : value!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        var selected = new List<Framework>();
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            var framework = FrameworkCatalog.Find(id.Trim());
            if (framework is null)
            {
                unknown.Add(id.Trim());
            }
            else if (!selected.Contains(framework))
            {
                selected.Add(framework);
            }
        }

        return (selected, unknown);
    }

    private static int ParseDays(string? value, int fallback, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var text = value!.Trim();
        var uses = "; the policy uses " + fallback.ToString(CultureInfo.InvariantCulture);
        var parsed = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        if (parsed ? number <= 0 : !IsDigits(text))
        {
            problems.Add(key + " " + ValidationText.Quote(text) + " is not a positive whole number of days" + uses);
            return fallback;
        }

        // Digits too many for an int are still a number: too large, not unreadable.
        if (!parsed || number > MaxDayLimit)
        {
            problems.Add(key + " " + ValidationText.Quote(text) + " is more than the maximum of " + MaxDayLimit.ToString(CultureInfo.InvariantCulture) + " days" + uses);
            return fallback;
        }

        return number;
    }

    private static bool IsDigits(string text)
    {
        var start = text.StartsWith("+", StringComparison.Ordinal) ? 1 : 0;
        if (text.Length == start)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
