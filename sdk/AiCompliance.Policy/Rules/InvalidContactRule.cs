using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC206: an owner contact or incident contact is neither an email address nor an absolute http(s) URL.</summary>
public sealed class InvalidContactRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC206", "InvalidContact", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null)
        {
            return;
        }

        foreach (var (declaration, property) in DeclarationText.WithRole(context.Model, PropertyRole.Contact))
        {
            Check(context, declaration, property.Name, property.Text(declaration), property.Phrase!);
        }
    }

    private void Check(ModelContext context, Declaration declaration, string property, string? contact, string what)
    {
        if (ShouldCheck(contact) && !ContactAddress.IsValid(contact, out var reason))
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), reason);
        }
    }
}
