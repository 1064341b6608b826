using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// The shape shared by the AIC1xx rules: the active policy expects a declaration from this model (given its risk,
/// sectors, kind and the selected frameworks) and the model does not make it. Reported on the model type.
/// </summary>
public abstract class MissingDeclarationRule : Rule
{
    /// <summary>{0} model id, {1} risk and sectors, {2} what is missing, {3} the clauses of the selected frameworks.</summary>
    public const string MessageFormat = "Model '{0}' ({1}) declares no {2}; expected by {3}";

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

        context.Report(
            Descriptor,
            null,
            null,
            null,
            context.Model.DisplayId,
            context.Risk.Describe(),
            Declaration.Phrase,
            context.Settings.Cite(Declaration));
    }

    /// <summary>Builds the descriptor of a missing-declaration rule; the baseline ones stay on in minimal mode.</summary>
    protected static RuleDescriptor Describe(string id, string name, string title, string description, bool baseline, string introducedIn, RuleSeverity recommended = RuleSeverity.Warning, RuleSeverity strict = RuleSeverity.Error) =>
        new(
            id,
            name,
            title,
            MessageFormat,
            RuleCategory.Declarations,
            description,
            baseline ? RuleSeverity.Warning : RuleSeverity.None,
            recommended,
            strict,
            introducedIn);
}
