using System.Text.Json;
using System.Text.Json.Serialization;

namespace CitizenAssistant;

/// <summary>A question handed to a person. The question is stored with personal numbers removed.</summary>
public sealed record Ticket(string Id, DateTimeOffset Opened, string Language, string Reason, string Question)
{
    public string? ResolvedBy { get; init; }

    public string? Reply { get; init; }
}

/// <summary>
/// The duty officer's queue (human over the loop): every question the assistant escalates lands here, and the officer
/// answers it. The officer also reviews answers and can pause the assistant.
/// </summary>
public sealed class OfficerQueue(TimeProvider clock)
{
    private readonly List<Ticket> _tickets = [];

    public IReadOnlyList<Ticket> Tickets => _tickets;

    public Ticket Open(string language, string reason, string question)
    {
        var ticket = new Ticket($"CA-{_tickets.Count + 1:D4}", clock.GetUtcNow(), language, reason, SensitiveTopics.Redact(question));
        _tickets.Add(ticket);
        return ticket;
    }

    /// <summary>An officer answers a ticket; the officer's reply is what the resident receives.</summary>
    public Ticket Resolve(string ticketId, string officer, string reply)
    {
        var index = _tickets.FindIndex(t => t.Id == ticketId);
        _tickets[index] = _tickets[index] with { ResolvedBy = officer, Reply = reply };
        return _tickets[index];
    }
}

/// <summary>One line of the interaction log. Questions are stored with personal numbers removed.</summary>
public sealed record Interaction(
    DateTimeOffset Time,
    string Language,
    string Outcome,
    string? Topic,
    string? Backend,
    string? Ticket,
    string? Reason,
    string Question);

/// <summary>
/// The interaction log: one record per question and per oversight action, kept <see cref="RetentionDays"/> days. The
/// sample keeps it in memory and prints it as JSON lines.
/// </summary>
public sealed class InteractionLog
{
    /// <summary>Six months: long enough for complaints and the monthly reviews, short for data about residents.</summary>
    public const int RetentionDays = 180;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<Interaction> _records = [];

    public IReadOnlyList<Interaction> Records => _records;

    public void Append(Interaction interaction) => _records.Add(interaction with { Question = SensitiveTopics.Redact(interaction.Question) });

    public IEnumerable<string> ToJsonLines() => _records.Select(r => JsonSerializer.Serialize(r, Json));
}

/// <summary>A clock that starts at a fixed time and moves on by a fixed step per reading, so that every run prints the same log.</summary>
public sealed class SimulatedClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _now;
        _now += step;
        return now;
    }
}
