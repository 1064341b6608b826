namespace AiCompliance;

/// <summary>What an <see cref="EvaluationAttribute"/> result measures.</summary>
public enum EvaluationKind
{
    /// <summary>How well the model does its task (accuracy, AUC, word error rate, ...).</summary>
    Performance = 0,

    /// <summary>A safety benchmark: harmful, toxic or otherwise unsafe output on a test set (for example a Project Moonshot or AI Verify benchmark).</summary>
    Safety = 1,

    /// <summary>The outcome of a red-teaming exercise: adversarial probing by people or tools, summarised as a rate.</summary>
    RedTeaming = 2,
}
