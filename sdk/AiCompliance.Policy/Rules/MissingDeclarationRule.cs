using System.Collections.Generic;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// The shape shared by the AIC1xx rules: the active policy expects a declaration from this model (given its risk,
/// sectors, kind and the selected frameworks) and the model does not make it. Reported on the model type.
/// </summary>
public abstract class MissingDeclarationRule : Rule
{
    protected MissingDeclarationRule(string declarationId)
    {
        Declaration = DeclarationCatalog.Get(declarationId);
    }

    /// <summary>The declaration the rule looks for.</summary>
    public DeclarationDefinition Declaration { get; }

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null ||
            !context.Settings.Requires(Declaration, context.Risk) ||
            DeclarationPresence.IsDeclared(Declaration.Id, context.Model, context.Datasets))
        {
            return;
        }

        ReportMissing(context, Declaration.LocalizedPhrase);
    }

    /// <summary>Reports the model, saying what is missing (<paramref name="what"/>, {1} of the message) and how to declare it.</summary>
    protected void ReportMissing(ModelContext context, LocalizedText what) =>
        context.ReportWithProperties(
            Descriptor,
            null,
            null,
            null,
            FindingCitation.Properties(context.Settings, Declaration.References, context.Risk),
            context.Model.DisplayId,
            what,
            DeclarationInstruction.Localized(Declaration),
            FindingCitation.Localized(context.Settings, Declaration.References));

    /// <summary>What is missing in some languages: "AI disclosure in th, ms", in the message's language.</summary>
    protected LocalizedText PhraseIn(IReadOnlyList<string> languages) =>
        LocalizedText.Of("Phrase_InLanguages", Declaration.LocalizedPhrase, string.Join(", ", languages));

    /// <summary>Builds the descriptor of a missing-declaration rule; the baseline ones stay on in minimal mode.</summary>
    protected static RuleDescriptor Describe(string id, string name, bool baseline, string introducedIn, RuleSeverity recommended = RuleSeverity.Warning, RuleSeverity strict = RuleSeverity.Error) =>
        new(
            id,
            name,
            RuleCategory.Declarations,
            baseline ? RuleSeverity.Warning : RuleSeverity.None,
            recommended,
            strict,
            introducedIn);
}
