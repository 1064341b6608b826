namespace AiCompliance.Policy.Rules;

/// <summary>AIC118: the policy expects <c>[DecisionLogging]</c> from this model and it has none.</summary>
public sealed class MissingDecisionLoggingRule : MissingDeclarationRule
{
    public const string Title = "Model declares no decision logging";
    public const string Description = "High-risk models declare what is logged about their decisions and for how long, so decisions can be traced.";

    public static readonly RuleDescriptor Rule = Describe("AIC118", "MissingDecisionLogging", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingDecisionLoggingRule()
        : base("logging-traceability")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
