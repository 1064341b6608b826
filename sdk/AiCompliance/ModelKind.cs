namespace AiCompliance;

/// <summary>What kind of model a type wraps. Generative models carry extra obligations (disclosure, content provenance).</summary>
public enum ModelKind
{
    /// <summary>Assigns inputs to classes (credit approval, triage category, spam or not).</summary>
    Classifier = 0,

    /// <summary>Predicts a number (a price, a risk score, a length of stay).</summary>
    Regressor = 1,

    /// <summary>Orders items by relevance (search results, candidate shortlists).</summary>
    Ranking = 2,

    /// <summary>Suggests items to a person (courses, products, services).</summary>
    Recommender = 3,

    /// <summary>Produces text, images, audio, video or code (chat assistants, summarisers, image generators).</summary>
    Generative = 4,

    /// <summary>Turns content into vectors for search, clustering or retrieval.</summary>
    Embedding = 5,

    /// <summary>Interprets images or video (detection, segmentation, OCR).</summary>
    Vision = 6,

    /// <summary>Recognises or synthesises speech.</summary>
    Speech = 7,

    /// <summary>Plans and takes actions with tools on someone's behalf.</summary>
    Agent = 8,

    /// <summary>Any other kind of model.</summary>
    Other = 9,
}
