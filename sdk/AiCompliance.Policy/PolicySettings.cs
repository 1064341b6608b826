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

    private static readonly char[] ListSeparators = { ',', ';', ' ', '\t' };

    public const int DefaultAssessmentMaxAgeDays = 365;
    public const int DefaultMaxAcceptanceDays = 180;

    private PolicySettings(ComplianceMode mode, IReadOnlyList<Framework> frameworks, IReadOnlyList<string> unknownFrameworkIds, string? unrecognizedMode, DateTime today, int assessmentMaxAgeDays, int maxAcceptanceDays, Version? level, IReadOnlyList<string>? problems = null)
    {
        Problems = problems ?? Array.Empty<string>();
        Mode = mode;
        Frameworks = frameworks;
        UnknownFrameworkIds = unknownFrameworkIds;
        UnrecognizedMode = unrecognizedMode;
        Today = today;
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

    /// <summary>The date that counts as today.</summary>
    public DateTime Today { get; }

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
    /// Builds settings from configuration strings, as they arrive from MSBuild or the command line. Never throws: an
    /// unknown mode falls back to recommended and unknown framework ids are set aside, and both are reported by AIC005.
    /// </summary>
    public static PolicySettings Create(string? mode, string? frameworks, string? buildDate, string? assessmentMaxAgeDays, string? maxAcceptanceDays, string? level = null)
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

        var today = DateTime.UtcNow.Date;
        if (!string.IsNullOrWhiteSpace(buildDate))
        {
            if (IsoDate.TryParse(buildDate, out var date))
            {
                today = date;
            }
            else
            {
                problems.Add("AiComplianceBuildDate '" + buildDate!.Trim() + "' is not a yyyy-MM-dd date; the policy uses today's date, " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        return new PolicySettings(
            parsedMode,
            selected,
            unknown,
            unrecognizedMode,
            today,
            ParsePositive(assessmentMaxAgeDays, DefaultAssessmentMaxAgeDays, "aicompliance.assessment_max_age_days", problems),
            ParsePositive(maxAcceptanceDays, DefaultMaxAcceptanceDays, "aicompliance.max_acceptance_days", problems),
            ParseLevel(level, problems),
            problems);
    }

    /// <summary>A copy with another date as today (tests, and the CLI's --date).</summary>
    public PolicySettings WithToday(DateTime today) =>
        new(Mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, today.Date, AssessmentMaxAgeDays, MaxAcceptanceDays, Level, Problems);

    /// <summary>A copy with another mode.</summary>
    public PolicySettings WithMode(ComplianceMode mode) =>
        new(mode, Frameworks, UnknownFrameworkIds, UnrecognizedMode, Today, AssessmentMaxAgeDays, MaxAcceptanceDays, Level, Problems);

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

    private static int ParsePositive(string? value, int fallback, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        problems.Add(key + " '" + value.Trim() + "' is not a positive whole number of days; the policy uses " + fallback.ToString(CultureInfo.InvariantCulture));
        return fallback;
    }
}
