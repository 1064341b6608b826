using System.Text.Encodings.Web;
using System.Text.Json;

namespace CitizenAssistant;

public enum AnswerKind
{
    /// <summary>Answered from an FAQ entry.</summary>
    Answered,

    /// <summary>Handed to a city officer: out of scope, sensitive, or the assistant is paused.</summary>
    Escalated,

    /// <summary>Refused: the question tried to give the assistant instructions.</summary>
    Refused,
}

/// <summary>
/// Machine-readable provenance that goes with every answer ([ContentProvenance] Metadata): that it is AI output, what
/// produced it, from which sources, in which language and when.
/// </summary>
/// <param name="DigitalSourceType">A term of the IPTC Digital Source Type vocabulary.</param>
public sealed record AnswerProvenance(
    bool AiGenerated,
    string Generator,
    string? Backend,
    string DigitalSourceType,
    string Language,
    IReadOnlyList<string> Sources,
    DateTimeOffset Created);

/// <summary>What the resident receives. It never contains a type of the AI library: callers need no AI API to use the assistant.</summary>
/// <param name="Label">The visible provenance label ([ContentProvenance] VisibleLabel).</param>
/// <param name="LocalizedDisclosure">The AI disclosure in the resident's language.</param>
public sealed record AssistantAnswer(
    AnswerKind Kind,
    string Language,
    string Text,
    string Label,
    string LocalizedDisclosure,
    AnswerProvenance Provenance,
    string? TopicId = null,
    string? TicketId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The AI disclosure declared in [AiDisclosure], carried by every answer whatever its language.</summary>
    public string Disclosure => PublicServiceAssistant.DisclosureNotice;

    public string ProvenanceJson => JsonSerializer.Serialize(Provenance, Json);
}
