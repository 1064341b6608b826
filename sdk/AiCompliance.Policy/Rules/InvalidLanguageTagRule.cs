using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC202: a supported language, the language of a disclosure, result or fairness assessment, or a dataset language is
/// not a valid BCP 47 tag.
/// </summary>
public sealed class InvalidLanguageTagRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC202", "InvalidLanguageTag", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ChecksDatasets => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is not null && context.Model.SupportedLanguages is { } languages)
        {
            Check(languages.LanguageTags, (element, suggestion, reason) => context.ReportWithProperties(Descriptor, languages, "LanguageTags", element, suggestion, Subject(context.Model), reason));
        }

        if (context.Model.Identity is null)
        {
            return;
        }

        foreach (var disclosure in context.Model.AiDisclosures)
        {
            CheckOne(context, disclosure, disclosure.Language);
        }

        foreach (var evaluation in context.Model.Evaluations)
        {
            CheckOne(context, evaluation, evaluation.Language);
        }

        foreach (var fairness in context.Model.FairnessAssessments)
        {
            CheckOne(context, fairness, fairness.Language);
        }
    }

    // The language a notice is written in or a result measured in is matched against the supported languages, so it is held to the same tags.
    private void CheckOne(ModelContext context, Declaration declaration, string? tag)
    {
        if (ShouldCheck(tag) && !LanguageTag.IsValid(tag, out var reason))
        {
            context.ReportWithProperties(Descriptor, declaration, "Language", null, Suggestion(LanguageTag.Suggest(tag)), Subject(context.Model), reason);
        }
    }

    public override void CheckDataset(DatasetContext context) =>
        Check(context.Dataset.Languages, (element, suggestion, reason) => context.ReportWithProperties(Descriptor, "Languages", element, suggestion, Subject(context.Dataset), reason));

    private static void Check(IReadOnlyList<string?> tags, System.Action<int, IReadOnlyDictionary<string, string?>, string?> report)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (ShouldCheck(tags[i]) && !LanguageTag.IsValid(tags[i], out var reason))
            {
                report(i, Suggestion(LanguageTag.Suggest(tags[i])), reason);
            }
        }
    }
}
