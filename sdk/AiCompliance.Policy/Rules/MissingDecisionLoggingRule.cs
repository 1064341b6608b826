namespace AiCompliance.Policy.Rules;

/// <summary>AIC118: the policy expects <c>[DecisionLogging]</c> from this model and it has none.</summary>
public sealed class MissingDecisionLoggingRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC118", "MissingDecisionLogging", baseline: false, introducedIn: "0.1.0");

    public MissingDecisionLoggingRule()
        : base("logging-traceability")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
