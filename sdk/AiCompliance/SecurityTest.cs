using System;

namespace AiCompliance;

/// <summary>The kinds of security testing a model went through. Combine values with <c>|</c>.</summary>
[Flags]
public enum SecurityTest
{
    /// <summary>No security testing.</summary>
    None = 0,

    /// <summary>Structured adversarial testing by a red team.</summary>
    RedTeaming = 1,

    /// <summary>Penetration testing of the system that serves the model.</summary>
    PenetrationTest = 2,

    /// <summary>Robustness to adversarial or perturbed inputs.</summary>
    AdversarialRobustness = 4,

    /// <summary>Resistance to direct and indirect prompt injection.</summary>
    PromptInjection = 8,

    /// <summary>Resistance to poisoned training or retrieval data.</summary>
    DataPoisoning = 16,

    /// <summary>Resistance to model extraction and weight theft.</summary>
    ModelExtraction = 32,

    /// <summary>Resistance to membership-inference and data-reconstruction attacks.</summary>
    PrivacyAttack = 64,
}
