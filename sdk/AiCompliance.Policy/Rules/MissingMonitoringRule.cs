namespace AiCompliance.Policy.Rules;

/// <summary>AIC119: the policy expects <c>[Monitoring]</c> from this model and it has none.</summary>
public sealed class MissingMonitoringRule : MissingDeclarationRule
{
    public const string Title = "Model declares no monitoring or incident contact";
    public const string Description = "Models above minimal risk declare how they are monitored in production and where incidents are reported.";

    public static readonly RuleDescriptor Rule = Describe("AIC119", "MissingMonitoring", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingMonitoringRule()
        : base("monitoring-incidents")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
