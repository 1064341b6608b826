using System;

namespace AiCompliance;

/// <summary>
/// Records that someone accountable has accepted a finding for a limited time: while the acceptance is valid, the
/// analyzers suppress the matching diagnostics (visible as suppressed in the IDE and in SARIF) and the model card lists
/// the acceptance. The day after <see cref="Until"/> the finding comes back and AIC306 fails the build.
/// </summary>
/// <example>
/// <code>
/// [assembly: RiskAcceptance("AIC111", Model = "credit-risk-scorer", Approver = "Chief Risk Officer",
///     Until = "2027-03-31", Justification = "Fairness study runs in Q1; interim manual review of declines.",
///     Reference = "RISK-2026-118")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class RiskAcceptanceAttribute : Attribute
{
    /// <summary>Accepts findings of one rule.</summary>
    /// <param name="ruleId">The rule whose findings are accepted, for example <c>AIC111</c>.</param>
    public RiskAcceptanceAttribute(string ruleId) => RuleId = ruleId;

    /// <summary>The rule whose findings are accepted.</summary>
    public string RuleId { get; }

    /// <summary>
    /// The id of the model the acceptance covers (matched ignoring case and surrounding white space); when not set, it
    /// covers every model and dataset of the assembly.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>Who accepted the risk (a role or a person). Required.</summary>
    public string? Approver { get; set; }

    /// <summary>The last day the acceptance is valid, as <c>yyyy-MM-dd</c>. Required.</summary>
    public string? Until { get; set; }

    /// <summary>Why the risk is accepted and what mitigates it meanwhile. Required.</summary>
    public string? Justification { get; set; }

    /// <summary>Where the decision is recorded (a risk register id, a ticket, an URL).</summary>
    public string? Reference { get; set; }
}
