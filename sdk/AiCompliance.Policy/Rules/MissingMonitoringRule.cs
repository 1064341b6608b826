namespace AiCompliance.Policy.Rules;

/// <summary>AIC119: the policy expects <c>[Monitoring]</c> from this model and it has none.</summary>
public sealed class MissingMonitoringRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC119", "MissingMonitoring", baseline: false, introducedIn: "0.1.0");

    public MissingMonitoringRule()
        : base("monitoring-incidents")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
