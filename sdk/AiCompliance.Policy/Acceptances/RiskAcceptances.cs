using System;
using System.Collections.Generic;
using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Acceptances;

/// <summary>Whether a risk acceptance suppresses findings today.</summary>
public enum AcceptanceState
{
    /// <summary>Well formed and not expired: it suppresses the findings it covers.</summary>
    Active = 0,

    /// <summary>Well formed, but its last day has passed (AIC306).</summary>
    Expired = 1,

    /// <summary>Missing or invalid fields, or longer than allowed (AIC308); it suppresses nothing.</summary>
    Malformed = 2,
}

/// <summary>What is wrong with one field of an acceptance.</summary>
public readonly struct AcceptanceProblem
{
    public AcceptanceProblem(string? property, string description)
    {
        Property = property;
        Description = description;
    }

    /// <summary>The attribute property at fault, or <see langword="null"/> for the acceptance as a whole.</summary>
    public string? Property { get; }

    public string Description { get; }
}

/// <summary>
/// The rules for <c>[assembly: RiskAcceptance]</c>: when an acceptance is valid, and which findings it covers. Shared by
/// the analyzers' suppressor, the AIC306–AIC308 rules, <c>aicompliance check</c> and the model cards.
/// </summary>
public static class RiskAcceptances
{
    /// <summary>Rules whose findings no acceptance may suppress: prohibited uses and the acceptance rules themselves.</summary>
    public static readonly IReadOnlyList<string> NeverAcceptable = new[]
    {
        ProhibitedRiskRule.Rule.Id, ExpiredRiskAcceptanceRule.Rule.Id, UnusedRiskAcceptanceRule.Rule.Id, MalformedRiskAcceptanceRule.Rule.Id, SourceOnlyRules.InvalidConfiguration.Id,
    };

    /// <summary>
    /// The acceptance's state on the real date (<see cref="PolicySettings.RealToday"/>), and the problems that make it
    /// malformed. The one verdict the suppressor, AIC306–AIC308, <c>aicompliance check</c> and the model cards share.
    /// </summary>
    public static AcceptanceState Assess(RiskAcceptanceDeclaration acceptance, PolicySettings settings, out IReadOnlyList<AcceptanceProblem> problems)
    {
        var found = new List<AcceptanceProblem>();
        var ruleId = acceptance.RuleId?.Trim();
        if (string.IsNullOrEmpty(ruleId))
        {
            found.Add(new AcceptanceProblem("RuleId", "names no rule"));
        }
        else if (RuleCatalog.FindDescriptor(ruleId!) is null)
        {
            found.Add(new AcceptanceProblem("RuleId", "names '" + ruleId + "', which is not an AiCompliance rule"));
        }
        else if (Contains(NeverAcceptable, ruleId!))
        {
            found.Add(new AcceptanceProblem("RuleId", ruleId == ProhibitedRiskRule.Rule.Id
                ? "cannot accept " + ruleId + ": a prohibited use is never accepted"
                : "cannot accept " + ruleId + ": the acceptance rules themselves cannot be accepted"));
        }

        // An empty Model would read as "every model" if it were treated like a missing one; it covers nothing instead.
        if (acceptance.Model is { } model && !VisibleText.HasVisibleContent(model))
        {
            found.Add(new AcceptanceProblem("Model", "names no model (" + Describe(model) + "); leave Model out to cover every model"));
        }

        AddIfMissing(found, acceptance.Approver, "Approver");
        AddIfMissing(found, acceptance.Justification, "Justification");

        // The real date, never the pinned one: a build pinned for reproducibility must not keep a lapsed acceptance alive.
        var today = settings.RealToday;
        var state = AcceptanceState.Active;
        if (acceptance.Until is null || string.IsNullOrWhiteSpace(acceptance.Until))
        {
            found.Add(new AcceptanceProblem(acceptance.Until is null ? null : "Until", "has no Until date"));
        }
        else if (!IsoDate.IsValid(acceptance.Until.Trim(), out var reason) || !IsoDate.TryParse(acceptance.Until, out var until))
        {
            found.Add(new AcceptanceProblem("Until", "has an invalid Until date: " + reason));
        }
        // Compared as a difference, not with AddDays, so that no configured horizon or date can overflow DateTime.
        else if ((until - today).TotalDays > settings.MaxAcceptanceDays)
        {
            found.Add(new AcceptanceProblem(
                "Until",
                "runs until " + Format(until) + ", more than " + settings.MaxAcceptanceDays + " days after " + Format(today) + " (aicompliance.max_acceptance_days)"));
        }
        else if (until < today)
        {
            state = AcceptanceState.Expired;
        }

        problems = found;
        return found.Count > 0 ? AcceptanceState.Malformed : state;
    }

    /// <summary>The acceptance's last day, when it is a valid date.</summary>
    public static DateTime? LastDay(RiskAcceptanceDeclaration acceptance) =>
        IsoDate.TryParse(acceptance.Until, out var until) ? until : null;

    /// <summary>
    /// Whether the acceptance covers a finding of <paramref name="ruleId"/> about the model <paramref name="modelId"/>
    /// (<see langword="null"/> for findings about datasets or the assembly, which only acceptances without a model cover).
    /// Rule ids compare ignoring case; model ids as <see cref="DeclarationIds"/> says.
    /// </summary>
    public static bool Covers(RiskAcceptanceDeclaration acceptance, string ruleId, string? modelId)
    {
        if (!string.Equals(acceptance.RuleId?.Trim(), ruleId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CoversModel(acceptance, modelId);
    }

    /// <summary>
    /// The model id an acceptance must name to cover findings about <paramref name="type"/>: its own <c>[AiModel]</c> id,
    /// or for a type without one, the model it is nested in; <see langword="null"/> for datasets, the assembly, stray
    /// types outside any model, and blank ids.
    /// </summary>
    public static string? SubjectModelId(ModelDeclarations? type)
    {
        if (type is null)
        {
            return null;
        }

        if (type.Identity is { } identity)
        {
            return string.IsNullOrWhiteSpace(identity.Id) ? null : identity.Id;
        }

        return type.EnclosingModelId;
    }

    /// <summary>The first active acceptance that covers the finding, or <see langword="null"/>.</summary>
    public static RiskAcceptanceDeclaration? FindActive(IReadOnlyList<RiskAcceptanceDeclaration> acceptances, string ruleId, string? modelId, PolicySettings settings)
    {
        foreach (var acceptance in acceptances)
        {
            if (Covers(acceptance, ruleId, modelId) && Assess(acceptance, settings, out _) == AcceptanceState.Active)
            {
                return acceptance;
            }
        }

        return null;
    }

    /// <summary>The acceptances active today, for model cards: those that cover the model or every model.</summary>
    public static IReadOnlyList<RiskAcceptanceDeclaration> ActiveFor(IReadOnlyList<RiskAcceptanceDeclaration> acceptances, string? modelId, PolicySettings settings)
    {
        var result = new List<RiskAcceptanceDeclaration>();
        foreach (var acceptance in acceptances)
        {
            if (CoversModel(acceptance, modelId) &&
                Assess(acceptance, settings, out _) == AcceptanceState.Active)
            {
                result.Add(acceptance);
            }
        }

        return result;
    }

    // Only an absent Model means every model; a blank or invisible one is malformed (Assess) and matches no model here.
    private static bool CoversModel(RiskAcceptanceDeclaration acceptance, string? modelId) =>
        acceptance.Model is null || DeclarationIds.Same(acceptance.Model, modelId);

    /// <summary>
    /// An approver or justification counts only when a reader can see it and it is not a stand-in: text made only of
    /// fillers or format characters (U+3164, U+200B, ...) shows an empty cell on the card, and "TODO" approves nothing.
    /// </summary>
    private static void AddIfMissing(List<AcceptanceProblem> found, string? text, string property)
    {
        if (text is null || text.Trim().Length == 0)
        {
            found.Add(new AcceptanceProblem(text is null ? null : property, "has no " + property));
        }
        else if (!VisibleText.HasVisibleContent(text))
        {
            found.Add(new AcceptanceProblem(property, "has no " + property + " (" + Describe(text) + ")"));
        }
        else if (PlaceholderText.IsPlaceholder(text, out _))
        {
            found.Add(new AcceptanceProblem(property, "has no " + property));
        }
    }

    private static string Describe(string invisible) =>
        invisible.Length == 0 ? "it is empty" : invisible.Trim().Length == 0 ? "it is blank" : "it shows nothing: " + CodePoints(invisible);

    // The characters of an invisible text, which a quote would render as nothing.
    private static string CodePoints(string text)
    {
        const int Shown = 4;
        var points = new List<string>();
        var i = 0;
        for (; i < text.Length && points.Count < Shown; i++)
        {
            var point = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[++i])
                : text[i];
            points.Add("U+" + point.ToString("X4", CultureInfo.InvariantCulture));
        }

        return string.Join(" ", points) + (i < text.Length ? " …" : "");
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
