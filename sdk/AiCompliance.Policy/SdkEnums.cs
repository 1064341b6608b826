using System;

// Mirrors of the SDK's enums (sdk/AiCompliance). The policy cannot reference the SDK assembly: it loads inside the
// compiler next to the analyzers, where the user's copy of the SDK is only metadata. Values are read from attribute
// blobs as integers, so names and values must stay identical; SdkEnumMirrorTests enforces that.
namespace AiCompliance.Policy;

public enum ModelKind
{
    Classifier = 0,
    Regressor = 1,
    Ranking = 2,
    Recommender = 3,
    Generative = 4,
    Embedding = 5,
    Vision = 6,
    Speech = 7,
    Agent = 8,
    Other = 9,
}

public enum RiskLevel
{
    Minimal = 0,
    Limited = 1,
    High = 2,
    Prohibited = 3,
}

public enum Sector
{
    General = 0,
    Healthcare = 1,
    Education = 2,
    Finance = 3,
    PublicAdministration = 4,
    Employment = 5,
    LawEnforcement = 6,
    Justice = 7,
    Migration = 8,
    CriticalInfrastructure = 9,
    Biometrics = 10,
    Insurance = 11,
}

public enum OversightMode
{
    HumanInTheLoop = 0,
    HumanOverTheLoop = 1,
    HumanOutOfTheLoop = 2,
}

[Flags]
public enum SecurityTest
{
    None = 0,
    RedTeaming = 1,
    PenetrationTest = 2,
    AdversarialRobustness = 4,
    PromptInjection = 8,
    DataPoisoning = 16,
    ModelExtraction = 32,
    PrivacyAttack = 64,
}

[Flags]
public enum ProvenanceMethod
{
    None = 0,
    VisibleLabel = 1,
    Watermark = 2,
    Metadata = 4,
    Fingerprint = 8,
}

public enum PersonalDataKind
{
    None = 0,
    Anonymized = 1,
    Pseudonymized = 2,
    Personal = 3,
    Sensitive = 4,
}

public enum EvaluationKind
{
    Performance = 0,
    Safety = 1,
    RedTeaming = 2,
}
