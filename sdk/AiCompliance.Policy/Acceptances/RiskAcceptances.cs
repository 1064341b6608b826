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

    /// <summary>The acceptance's state today, and the problems that make it malformed.</summary>
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

        if (IsMissing(acceptance.Approver))
        {
            found.Add(new AcceptanceProblem(acceptance.Approver is null ? null : "Approver", "has no Approver"));
        }

        if (IsMissing(acceptance.Justification))
        {
            found.Add(new AcceptanceProblem(acceptance.Justification is null ? null : "Justification", "has no Justification"));
        }

        var state = AcceptanceState.Active;
        if (acceptance.Until is null || string.IsNullOrWhiteSpace(acceptance.Until))
        {
            found.Add(new AcceptanceProblem(acceptance.Until is null ? null : "Until", "has no Until date"));
        }
        else if (!IsoDate.IsValid(acceptance.Until.Trim(), out var reason) || !IsoDate.TryParse(acceptance.Until, out var until))
        {
            found.Add(new AcceptanceProblem("Until", "has an invalid Until date: " + reason));
        }
        else if (until > settings.Today.AddDays(settings.MaxAcceptanceDays))
        {
            found.Add(new AcceptanceProblem(
                "Until",
                "runs until " + Format(until) + ", more than " + settings.MaxAcceptanceDays + " days after " + Format(settings.Today) + " (aicompliance.max_acceptance_days)"));
        }
        else if (until < settings.Today)
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

        return string.IsNullOrWhiteSpace(acceptance.Model) || DeclarationIds.Same(acceptance.Model, modelId);
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
            if ((string.IsNullOrWhiteSpace(acceptance.Model) || DeclarationIds.Same(acceptance.Model, modelId)) &&
                Assess(acceptance, settings, out _) == AcceptanceState.Active)
            {
                result.Add(acceptance);
            }
        }

        return result;
    }

    private static bool IsMissing(string? text) => string.IsNullOrWhiteSpace(text) || PlaceholderText.IsPlaceholder(text, out _);

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
