namespace AiCompliance.Analyzers.CodeEvidence.Flow;

/// <summary>
/// What a value carries: the first request source and the first personal-data source that reach it, as code names
/// them; <see langword="null"/> where none does. One per kind is enough: a finding names one source.
/// </summary>
internal readonly struct Taint
{
    public static readonly Taint Clean;

    public Taint(string? request, string? personal)
    {
        Request = request;
        Personal = personal;
    }

    public string? Request { get; }

    public string? Personal { get; }

    public bool IsClean => Request is null && Personal is null;

    public Taint Union(Taint other) => new(Request ?? other.Request, Personal ?? other.Personal);

    /// <summary>A redactor ends the personal-data flow; what it returns is still the request's text.</summary>
    public Taint Redacted() => new(Request, null);

    /// <summary>Whether <paramref name="other"/> carries a source this value lacks.</summary>
    public bool Adds(Taint other) => (Request is null && other.Request is not null) || (Personal is null && other.Personal is not null);
}
