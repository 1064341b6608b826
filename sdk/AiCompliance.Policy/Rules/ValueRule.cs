using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// The shape shared by the AIC2xx rules: a declared value is not valid. Values that are unset are not checked (the
/// AIC1xx rules say what is missing) and placeholder text is left to AIC208, so a "TODO" is not also an invalid licence.
/// </summary>
public abstract class ValueRule : Rule
{
    /// <summary>
    /// The finding property that carries the corrected value, when the validator knows the one valid spelling of an
    /// invalid value (AIC201–AIC204); the code fix replaces the string with it. Absent when there is no single answer.
    /// </summary>
    public const string SuggestionProperty = "Suggestion";

    private static readonly IReadOnlyDictionary<string, string?> NoSuggestion = new Dictionary<string, string?>();

    /// <summary>The finding properties for a validator's suggestion: <see cref="SuggestionProperty"/>, or none.</summary>
    protected static IReadOnlyDictionary<string, string?> Suggestion(string? suggestion) =>
        suggestion is null ? NoSuggestion : new Dictionary<string, string?> { [SuggestionProperty] = suggestion };

    /// <summary>How messages name the owner of a value: "model 'credit-scorer'" or "dataset 'loans-2024'".</summary>
    protected static string Subject(ModelDeclarations model) => "model '" + model.DisplayId + "'";

    protected static string Subject(DatasetDeclaration dataset) => "dataset '" + (dataset.Id ?? "(no id)") + "'";

    /// <summary>Whether a value is worth validating: written, not blank, not a placeholder.</summary>
    protected static bool ShouldCheck(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !PlaceholderText.IsPlaceholder(value, out _);

    /// <summary>Builds the descriptor of a value rule: a warning, an error in strict mode.</summary>
    protected static RuleDescriptor Describe(string id, string name, string introducedIn) =>
        new(id, name, RuleCategory.Values, RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn);
}
