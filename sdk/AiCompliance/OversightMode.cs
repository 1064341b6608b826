namespace AiCompliance;

/// <summary>How people oversee a model's decisions, in the terms of the ASEAN Guide on AI Governance and Ethics.</summary>
public enum OversightMode
{
    /// <summary>A person approves every decision before it takes effect.</summary>
    HumanInTheLoop = 0,

    /// <summary>The model decides, and a person monitors, can intervene and can reverse decisions.</summary>
    HumanOverTheLoop = 1,

    /// <summary>The model decides without a person involved. Not acceptable for high-risk models.</summary>
    HumanOutOfTheLoop = 2,
}
