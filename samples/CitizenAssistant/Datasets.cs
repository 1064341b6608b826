using AiCompliance;

// The FAQ the assistant answers from, and the test set it is evaluated on. Both are bundled in the assembly
// (Data/faq.json, Data/testset.json), written for this sample, and describe a fictional city.

[assembly: Dataset(CitizenAssistant.Datasets.Faq,
    Name = "Example City FAQ on city services",
    Version = "2026-11",
    Source = "Written for the AiCompliance CitizenAssistant sample (Data/faq.json); fictional city",
    License = "CC-BY-4.0",
    CollectionMethod = "Six procedures written in English and translated into Vietnamese, Indonesian, Thai, Malay, Filipino and Japanese, with topic keywords per language",
    PersonalData = PersonalDataKind.None,
    Regions = ["JP"],
    Languages = ["vi", "id", "th", "ms", "fil", "ja", "en"],
    KnownBias = "Translations have not been reviewed by native speakers; keyword lists are longer for some languages than for others",
    Description = "42 entries: ID cards, birth registration, business licences, parking permits, tax filing and change of address, each in seven languages, with labels, the localized AI disclosure and escalation messages")]

[assembly: Dataset(CitizenAssistant.Datasets.TestSet,
    Name = "Example City assistant test questions",
    Version = "2026-11",
    Source = "Written for the AiCompliance CitizenAssistant sample (Data/testset.json)",
    License = "CC-BY-4.0",
    CollectionMethod = "Nine questions per language, phrased differently from the FAQ: six about the procedures, one out of scope, one sensitive, one prompt injection",
    PersonalData = PersonalDataKind.None,
    Regions = ["JP"],
    Languages = ["vi", "id", "th", "ms", "fil", "ja", "en"],
    KnownBias = "Small (63 questions) and written by the FAQ's authors, so it overestimates accuracy on real residents' questions",
    Description = "The expected outcome of each question: the FAQ topic that answers it, escalation to an officer, or refusal")]

namespace CitizenAssistant;

/// <summary>The dataset ids, shared by the declarations and the code.</summary>
public static class Datasets
{
    public const string Faq = "example-city-faq";
    public const string TestSet = "example-city-assistant-testset";
}
