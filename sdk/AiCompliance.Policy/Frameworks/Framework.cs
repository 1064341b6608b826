using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Frameworks;

/// <summary>A governance framework the policy can cite: a law, a guideline, a code of conduct or a standard.</summary>
public sealed class Framework
{
    private readonly Dictionary<string, Clause> _byId;

    public Framework(string id, string title, string version, string date, string publisher, string bindingness, string? url, IReadOnlyList<Clause> clauses)
    {
        Id = id;
        Title = title;
        Version = version;
        Date = date;
        Publisher = publisher;
        Bindingness = bindingness;
        Url = url;
        var copy = new Clause[clauses.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = clauses[i];
        }

        Clauses = Array.AsReadOnly(copy);
        _byId = new Dictionary<string, Clause>(StringComparer.Ordinal);
        foreach (var clause in copy)
        {
            clause.Framework = this;
            if (!_byId.ContainsKey(clause.Id))
            {
                // First one wins; the table tests fail on repeated ids.
                _byId.Add(clause.Id, clause);
            }
        }
    }

    /// <summary>The stable id used in <c>AiComplianceFrameworks</c> (for example <c>asean-guide-2024</c>).</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>The version or edition the table follows.</summary>
    public string Version { get; }

    /// <summary>The date of that version, <c>yyyy-MM-dd</c> (or <c>yyyy-MM</c> / <c>yyyy</c> where only that is known).</summary>
    public string Date { get; }

    public string Publisher { get; }

    /// <summary>Whether the framework binds anyone, in a few words (for example "binding law", "voluntary guide").</summary>
    public string Bindingness { get; }

    /// <summary>Where the official text is published, when there is a stable address.</summary>
    public string? Url { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>What a reader should know about the table's ids and sources for this framework, if anything.</summary>
    public string? Note { get; init; }

    /// <summary>Finds a clause by id (ordinal).</summary>
    public Clause? FindClause(string id) => _byId.TryGetValue(id, out var clause) ? clause : null;

    public override string ToString() => Id;
}
