using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// Which of a model's supported languages (<c>[SupportedLanguages]</c>) its AI disclosures and its task-performance
/// results cover. One matching rule everywhere: a tag covers another when they are equal or one is the other plus
/// subtags (<c>vi</c> covers <c>vi-VN</c> and the other way round; <c>zh-Hant</c> does not cover <c>zh-Hans</c>),
/// ignoring case. A declaration without a language is in the model's primary language, the first one it declares:
/// a notice or a result written before languages were named is in the language the model was built for first.
/// </summary>
public static class LanguageCoverage
{
    /// <summary>The requirement in <see cref="DeclarationCatalog"/> of an AI disclosure per supported language.</summary>
    public const string DisclosureDeclarationId = "ai-disclosure-languages";

    /// <summary>The requirement in <see cref="DeclarationCatalog"/> of a task-performance result per supported language.</summary>
    public const string EvaluationDeclarationId = "evaluation-languages";

    /// <summary>The declared language tags, trimmed, in declaration order; blank and placeholder tags left out (AIC208 reports those).</summary>
    public static IReadOnlyList<string> DeclaredLanguages(ModelDeclarations model)
    {
        var languages = new List<string>();
        foreach (var tag in model.SupportedLanguages?.LanguageTags ?? Array.Empty<string?>())
        {
            if (!string.IsNullOrWhiteSpace(tag) && !Validation.PlaceholderText.IsPlaceholder(tag, out _))
            {
                languages.Add(tag!.Trim());
            }
        }

        return languages;
    }

    /// <summary>The first declared language, which a declaration without a language is written or measured in; null without one.</summary>
    public static string? PrimaryLanguage(ModelDeclarations model)
    {
        var languages = DeclaredLanguages(model);
        return languages.Count == 0 ? null : languages[0];
    }

    /// <summary>The notice a reader sees first: the one without a language, else the first one; null without any.</summary>
    public static AiDisclosureDeclaration? PrimaryDisclosure(ModelDeclarations model)
    {
        foreach (var disclosure in model.AiDisclosures)
        {
            if (string.IsNullOrWhiteSpace(disclosure.Language))
            {
                return disclosure;
            }
        }

        return model.AiDisclosures.Count == 0 ? null : model.AiDisclosures[0];
    }

    /// <summary>Whether a declaration in <paramref name="written"/> serves people of the <paramref name="declared"/> language.</summary>
    public static bool Covers(string? written, string declared)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var tag = written!.Trim();
        return string.Equals(tag, declared, StringComparison.OrdinalIgnoreCase) ||
            declared.StartsWith(tag + "-", StringComparison.OrdinalIgnoreCase) ||
            tag.StartsWith(declared + "-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The declared languages no disclosure is written in, in declaration order.</summary>
    public static IReadOnlyList<string> WithoutDisclosure(ModelDeclarations model)
    {
        var languages = new List<string?>();
        foreach (var disclosure in model.AiDisclosures)
        {
            languages.Add(disclosure.Language);
        }

        return Uncovered(model, languages);
    }

    /// <summary>
    /// The declared languages without a task-performance result (<c>[Evaluation]</c> of <c>Kind</c> Performance, the
    /// default), in declaration order. Safety and red-teaming results are AIC121's.
    /// </summary>
    public static IReadOnlyList<string> WithoutPerformanceResult(ModelDeclarations model)
    {
        var languages = new List<string?>();
        foreach (var evaluation in model.Evaluations)
        {
            if (evaluation.Kind is null or EvaluationKind.Performance)
            {
                languages.Add(evaluation.Language);
            }
        }

        return Uncovered(model, languages);
    }

    private static List<string> Uncovered(ModelDeclarations model, IReadOnlyList<string?> written)
    {
        var declared = DeclaredLanguages(model);
        var uncovered = new List<string>();
        foreach (var language in declared)
        {
            var covered = false;
            foreach (var tag in written)
            {
                covered |= Covers(string.IsNullOrWhiteSpace(tag) ? declared[0] : tag, language);
            }

            if (!covered)
            {
                uncovered.Add(language);
            }
        }

        return uncovered;
    }
}
