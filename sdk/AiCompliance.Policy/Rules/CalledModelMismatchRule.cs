using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC401: the model's code calls a model name other than its declared <c>BaseModel</c>, or pins one and declares none.
/// Only compile-time constant model names count; deployment names never do (<see cref="ModelNameKind.Deployment"/>).
/// </summary>
public sealed class CalledModelMismatchRule : Rule
{
    /// <summary>The diagnostic property that carries the model name the code calls (for the code fix).</summary>
    public const string CalledModelProperty = "CalledModel";

    /// <summary>The diagnostic property present when the model declares no <c>BaseModel</c> (the fix then adds it).</summary>
    public const string NoBaseModelProperty = "NoBaseModel";

    public static readonly RuleDescriptor Rule = new(
        "AIC401", "CalledModelMismatch", RuleCategory.CodeEvidence,
        RuleSeverity.Info, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ReadsCode => true;

    /// <summary>The message's "declares …" part.</summary>
    public static string DeclaredText(string? baseModel) =>
        string.IsNullOrWhiteSpace(baseModel) ? "no BaseModel" : "BaseModel '" + baseModel!.Trim() + "'";

    public override void CheckModel(ModelContext context)
    {
        if (context.Code is not { } code || context.Model.Identity is not { } identity)
        {
            return;
        }

        var baseModel = identity.BaseModel;
        var declaresNone = string.IsNullOrWhiteSpace(baseModel);
        foreach (var called in code.ModelNames)
        {
            if (called.Kind != ModelNameKind.Model || called.Value is not { } value || string.IsNullOrWhiteSpace(value) || DeclarationIds.Same(value, baseModel))
            {
                continue;
            }

            var properties = new Dictionary<string, string?> { [CalledModelProperty] = value };
            if (declaresNone)
            {
                properties[NoBaseModelProperty] = "true";
            }

            context.ReportInCode(Descriptor, called.Origin, properties, context.Model.DisplayId, value, DeclaredText(baseModel));
        }
    }
}
