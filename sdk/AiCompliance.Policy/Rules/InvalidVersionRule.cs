using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC204: a model's version is not a Semantic Versioning 2.0.0 version.</summary>
public sealed class InvalidVersionRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC204", "InvalidVersion", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var identity = context.Model.Identity;
        if (identity is not null && ShouldCheck(identity.Version) && !SemanticVersion.IsValid(identity.Version, out var reason))
        {
            context.ReportWithProperties(Descriptor, identity, "Version", null, Suggestion(SemanticVersion.Suggest(identity.Version)), Subject(context.Model), reason);
        }
    }
}
