using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// Which declared languages have no safety or red-teaming result (<c>[Evaluation]</c> with <c>Kind = Safety</c> or
/// <c>RedTeaming</c>). A model that declares no language needs one such result of any language.
/// </summary>
public static class SafetyResults
{
    /// <summary>The requirement's id in <see cref="DeclarationCatalog"/>.</summary>
    public const string DeclarationId = "safety-evaluation";

    /// <summary>The language tags without a result, in declaration order; <c>[""]</c> when no language is declared and no result exists.</summary>
    public static IReadOnlyList<string> Uncovered(ModelDeclarations model)
    {
        var safety = new List<EvaluationDeclaration>();
        foreach (var evaluation in model.Evaluations)
        {
            if (evaluation.Kind is EvaluationKind.Safety or EvaluationKind.RedTeaming)
            {
                safety.Add(evaluation);
            }
        }

        var languages = LanguageCoverage.DeclaredLanguages(model);
        if (languages.Count == 0)
        {
            return safety.Count > 0 ? Array.Empty<string>() : new[] { "" };
        }

        var uncovered = new List<string>();
        foreach (var language in languages)
        {
            if (!safety.Exists(evaluation => LanguageCoverage.Covers(evaluation.Language, language)))
            {
                uncovered.Add(language);
            }
        }

        return uncovered;
    }
}
