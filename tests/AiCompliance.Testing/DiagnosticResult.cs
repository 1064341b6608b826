using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Testing;

/// <summary>An expected diagnostic. Build with <see cref="Diagnostic(string)"/> and the With… methods.</summary>
public sealed record DiagnosticResult
{
    public string Id { get; init; } = "";

    /// <summary>A location named in markup with <c>{|#n:…|}</c>.</summary>
    public int? LocationIndex { get; init; }

    /// <summary>An explicit location: file path and span, as the markup parser computed it.</summary>
    public (string Path, TextSpan Span)? Location { get; init; }

    /// <summary>An explicit location by 1-based line and column, for diagnostics outside marked spans.</summary>
    public (string? Path, int Line, int Column)? LineColumn { get; init; }

    public bool HasNoLocation { get; init; }

    public object?[]? Arguments { get; init; }

    public string? Message { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public bool IsSuppressed { get; init; }

    public static DiagnosticResult Diagnostic(string id) => new() { Id = id };

    public DiagnosticResult WithLocation(int index) => this with { LocationIndex = index };

    public DiagnosticResult WithLocation(int line, int column) => this with { LineColumn = (null, line, column) };

    public DiagnosticResult WithLocation(string path, int line, int column) => this with { LineColumn = (path, line, column) };

    public DiagnosticResult WithNoLocation() => this with { HasNoLocation = true };

    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = arguments };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public DiagnosticResult WithIsSuppressed(bool isSuppressed = true) => this with { IsSuppressed = isSuppressed };

    public override string ToString()
    {
        var where = Location is { } location ? $"{location.Path}{location.Span}" :
            LineColumn is { } lc ? $"{lc.Path ?? "?"}({lc.Line},{lc.Column})" :
            LocationIndex is { } index ? $"#{index}" :
            HasNoLocation ? "(no location)" : "(any)";
        var message = Message ?? (Arguments is null ? "" : "args: " + string.Join(" | ", Array.ConvertAll(Arguments, a => Convert.ToString(a, CultureInfo.InvariantCulture))));
        return $"{Id} at {where}{(Severity is { } s ? " " + s : "")}{(IsSuppressed ? " (suppressed)" : "")} {message}".TrimEnd();
    }
}
