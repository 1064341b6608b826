namespace AiCompliance.Policy.Declarations;

/// <summary>An <c>[assembly: RiskAcceptance]</c> declaration.</summary>
public sealed record RiskAcceptanceDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.RiskAcceptance;
    public string? RuleId { get; init; }
    public string? Model { get; init; }
    public string? Approver { get; init; }
    public string? Until { get; init; }
    public string? Justification { get; init; }
    public string? Reference { get; init; }
}
