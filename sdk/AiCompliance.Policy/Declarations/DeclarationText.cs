using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>One string a declaration holds: the property it is in, its index when the property is an array, and the text.</summary>
public readonly struct DeclaredText
{
    public DeclaredText(string property, int? element, string? value)
    {
        Property = property;
        Element = element;
        Value = value;
    }

    public string Property { get; }

    public int? Element { get; }

    public string? Value { get; }
}

/// <summary>Every user-written string of a declaration, in property order, for checks that apply to all text (AIC208).</summary>
public static class DeclarationText
{
    public static IEnumerable<DeclaredText> Strings(Declaration declaration)
    {
        switch (declaration)
        {
            case ModelIdentity d:
                return Of(("Id", d.Id), ("Name", d.Name), ("Version", d.Version), ("Provider", d.Provider), ("BaseModel", d.BaseModel), ("License", d.License), ("Description", d.Description));
            case RiskProfileDeclaration d:
                return Of(("Rationale", d.Rationale));
            case IntendedUseDeclaration d:
                return Concat(Of(("Purpose", d.Purpose)), Array("Users", d.Users), Array("OutOfScope", d.OutOfScope));
            case KnownLimitationDeclaration d:
                return Of(("Description", d.Description), ("Mitigation", d.Mitigation));
            case ImpactAssessmentDeclaration d:
                return Of(("Reference", d.Reference), ("Date", d.Date), ("AssessedBy", d.AssessedBy), ("Summary", d.Summary));
            case HumanOversightDeclaration d:
                return Of(("Reviewer", d.Reviewer), ("Justification", d.Justification));
            case AccountableOwnerDeclaration d:
                return Of(("Owner", d.Owner), ("Contact", d.Contact), ("Role", d.Role));
            case TrainedOnDeclaration d:
                return Array("DatasetIds", d.DatasetIds);
            case EvaluationDeclaration d:
                return Of(("Metric", d.Metric), ("Dataset", d.Dataset), ("Slice", d.Slice));
            case FairnessAssessmentDeclaration d:
                return Concat(Of(("ProtectedAttribute", d.ProtectedAttribute), ("Metric", d.Metric), ("Mitigation", d.Mitigation)), Array("Groups", d.Groups));
            case SecurityAssessmentDeclaration d:
                return Of(("Date", d.Date), ("Reference", d.Reference), ("Findings", d.Findings), ("PerformedBy", d.PerformedBy));
            case ExplainabilityDeclaration d:
                return Of(("Method", d.Method), ("Description", d.Description));
            case AiDisclosureDeclaration d:
                return Of(("Notice", d.Notice));
            case ContentProvenanceDeclaration d:
                return Of(("Standard", d.Standard));
            case SupportedLanguagesDeclaration d:
                return Array("LanguageTags", d.LanguageTags);
            case DataResidencyDeclaration d:
                return Array("Regions", d.Regions);
            case DataTransferDeclaration d:
                return Of(("FromRegion", d.FromRegion), ("ToRegion", d.ToRegion), ("Mechanism", d.Mechanism), ("Safeguards", d.Safeguards));
            case DecisionLoggingDeclaration d:
                return Of(("Description", d.Description));
            case MonitoringDeclaration d:
                return Of(("IncidentContact", d.IncidentContact));
            case ComputeFootprintDeclaration d:
                return Of(("Hardware", d.Hardware), ("Region", d.Region));
            case DatasetDeclaration d:
                return Concat(
                    Of(("Id", d.Id), ("Name", d.Name), ("Version", d.Version), ("Source", d.Source), ("Url", d.Url), ("License", d.License),
                       ("CollectionMethod", d.CollectionMethod), ("LegalBasis", d.LegalBasis), ("KnownBias", d.KnownBias), ("Description", d.Description)),
                    Array("Regions", d.Regions),
                    Array("Languages", d.Languages));
            case RiskAcceptanceDeclaration d:
                return Of(("RuleId", d.RuleId), ("Model", d.Model), ("Approver", d.Approver), ("Until", d.Until), ("Justification", d.Justification), ("Reference", d.Reference));
            default:
                return System.Array.Empty<DeclaredText>();
        }
    }

    /// <summary>Whether the declaration's attribute wrote the property (a constructor argument or a named one).</summary>
    public static bool IsWritten(Declaration declaration, string property)
    {
        foreach (var written in declaration.WrittenProperties)
        {
            if (written == property)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<DeclaredText> Of(params (string Property, string? Value)[] values)
    {
        foreach (var (property, value) in values)
        {
            yield return new DeclaredText(property, null, value);
        }
    }

    private static IEnumerable<DeclaredText> Array(string property, IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            yield return new DeclaredText(property, i, values[i]);
        }
    }

    private static IEnumerable<DeclaredText> Concat(params IEnumerable<DeclaredText>[] parts)
    {
        foreach (var part in parts)
        {
            foreach (var item in part)
            {
                yield return item;
            }
        }
    }
}
