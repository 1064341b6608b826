namespace AiCompliance.Policy.Rules;

/// <summary>AIC305: a model is declared <c>RiskLevel.Prohibited</c>.</summary>
public sealed class ProhibitedRiskRule : Rule
{
    public const string Title = "Model is declared prohibited";
    public const string MessageFormat = "Model '{0}' is declared RiskLevel.Prohibited: a prohibited AI practice must not be built or deployed";
    public const string Description = "RiskLevel.Prohibited records that a use falls under a prohibition (for example social scoring or manipulative techniques under Art. 5 of the EU AI Act, or the generation of non-consensual intimate imagery or child sexual abuse material that the 2026 amendment adds to it, to verify); the build fails in every mode so that such a model cannot ship by accident.";

    public static readonly RuleDescriptor Rule = new(
        "AIC305", "ProhibitedRisk", Title, MessageFormat, RuleCategory.Consistency, Description,
        RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var profile = context.Model.RiskProfile;
        if (context.Model.Identity is not null && profile?.Level == RiskLevel.Prohibited)
        {
            context.Report(Descriptor, profile, "Level", null, context.Model.DisplayId);
        }
    }
}
