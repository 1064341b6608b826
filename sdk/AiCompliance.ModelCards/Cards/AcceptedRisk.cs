using System;
using System.Collections.Generic;
using System.Globalization;
using AiCompliance.Policy;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// A risk acceptance that is active for a model on the card's date (<see cref="RiskAcceptances.ActiveFor"/>): the
/// finding it accepts, who approved it, until when, why, and where the decision is recorded.
/// </summary>
public sealed class AcceptedRisk
{
    internal AcceptedRisk(RiskAcceptanceDeclaration declaration)
    {
        Declaration = declaration;
        RuleId = (declaration.RuleId ?? "").Trim().ToUpperInvariant();
        RuleTitle = RuleCatalog.FindDescriptor(RuleId)?.Title ?? "";
        Model = string.IsNullOrWhiteSpace(declaration.Model) ? null : declaration.Model!.Trim();
        Until = RiskAcceptances.LastDay(declaration) is { } until ? until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : (declaration.Until ?? "").Trim();
    }

    /// <summary>The declaration.</summary>
    public RiskAcceptanceDeclaration Declaration { get; }

    /// <summary>The accepted rule's id, for example <c>AIC111</c>.</summary>
    public string RuleId { get; }

    /// <summary>The accepted rule's title.</summary>
    public string RuleTitle { get; }

    /// <summary>The model id the acceptance names, or <see langword="null"/> when it covers every model and dataset.</summary>
    public string? Model { get; }

    /// <summary>Who accepted the risk.</summary>
    public string? Approver => Declaration.Approver;

    /// <summary>The last day the acceptance is valid, <c>yyyy-MM-dd</c>.</summary>
    public string Until { get; }

    /// <summary>Why the risk is accepted.</summary>
    public string? Justification => Declaration.Justification;

    /// <summary>Where the decision is recorded.</summary>
    public string? Reference => Declaration.Reference;

    /// <summary>
    /// The model id risk acceptances are matched against, as the analyzers' suppressor matches them: the declared id, or
    /// <see langword="null"/> for a type without <c>[AiModel]</c> or with a blank id (only acceptances without
    /// <c>Model</c> cover those).
    /// </summary>
    public static string? ModelIdOf(ModelDeclarations? model) =>
        model?.Identity?.Id is { } id && !string.IsNullOrWhiteSpace(id) ? id : null;

    /// <summary>The acceptances active for a model under <paramref name="settings"/> (its <c>Today</c> decides), in declaration order.</summary>
    public static IReadOnlyList<AcceptedRisk> ActiveFor(ModelDeclarations model, IReadOnlyList<RiskAcceptanceDeclaration> acceptances, PolicySettings settings)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (acceptances is null || acceptances.Count == 0)
        {
            return Array.Empty<AcceptedRisk>();
        }

        var result = new List<AcceptedRisk>();
        foreach (var acceptance in RiskAcceptances.ActiveFor(acceptances, ModelIdOf(model), settings))
        {
            result.Add(new AcceptedRisk(acceptance));
        }

        return result;
    }
}
