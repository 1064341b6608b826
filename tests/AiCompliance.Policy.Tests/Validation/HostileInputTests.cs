using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

/// <summary>Every validator runs on whatever the compiler hands it: none may throw, and none may accept garbage.</summary>
public sealed class HostileInputTests
{
    /// <summary>
    /// Each value with its row number first: xunit identifies a test case by its display name, and lone surrogates
    /// ("\ud800", "\udc00") do not survive into it, so without the number two rows collide and one is silently dropped.
    /// The theories take the number as <c>_1</c>, a discard the xunit analyzer accepts as unused.
    /// </summary>
    public static IEnumerable<object?[]> Garbage() => System.Linq.Enumerable.Select(GarbageValues(), (value, row) => new object?[] { row, value[0] });

    private static IEnumerable<object?[]> GarbageValues()
    {
        yield return new object?[] { null };
        yield return new object?[] { "" };
        yield return new object?[] { " " };
        yield return new object?[] { "\t\r\n" };
        yield return new object?[] { "\0" };
        yield return new object?[] { "\0\0\0" };
        yield return new object?[] { "\ud800" };
        yield return new object?[] { "\udc00" };
        yield return new object?[] { "a\ud800b" };
        yield return new object?[] { "\udc00\ud800" };
        yield return new object?[] { "\u200E" };
        yield return new object?[] { "\u200F\u202E\u2066" };
        yield return new object?[] { "\uFEFF" };
        yield return new object?[] { "\uFFFF" };
        yield return new object?[] { "🚀" };
        yield return new object?[] { "👩‍💻🏳️‍🌈" };
        yield return new object?[] { "\u0085" };
        yield return new object?[] { "\u00A0" };
        yield return new object?[] { "%00" };
        yield return new object?[] { "'; DROP TABLE models; --" };
        yield return new object?[] { "<script>alert(1)</script>" };
        yield return new object?[] { "(((((" };
        yield return new object?[] { ")))))" };
        yield return new object?[] { "-" };
        yield return new object?[] { "@" };
        yield return new object?[] { "..." };
        yield return new object?[] { new string('a', 10_000) };
        yield return new object?[] { new string('-', 10_000) };
        yield return new object?[] { new string('(', 10_000) };
        yield return new object?[] { new string('\ud800', 10_000) };
        yield return new object?[] { string.Concat(System.Linq.Enumerable.Repeat("🚀", 5_000)) };
        yield return new object?[] { string.Concat(System.Linq.Enumerable.Repeat("a-", 5_000)) };
        yield return new object?[] { string.Concat(System.Linq.Enumerable.Repeat("1.", 5_000)) };
        yield return new object?[] { string.Concat(System.Linq.Enumerable.Repeat("a@", 5_000)) };
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Validators_reject_garbage_with_a_reason_and_never_throw(int _1, string? input)
    {
        AssertRejected(SpdxExpression.IsValid(input, out var reason), reason);
        AssertRejected(LanguageTag.IsValid(input, out reason), reason);
        AssertRejected(LanguageTag.IsWellFormed(input, out reason), reason);
        Assert.Null(LanguageTag.Normalize(input));
        AssertRejected(RegionCode.IsValid(input, out reason), reason);
        Assert.False(RegionCode.IsValid(input));
        Assert.Null(RegionCode.Name(input));
        AssertRejected(SemanticVersion.IsValid(input, out reason), reason);
        AssertRejected(IsoDate.IsValid(input, out reason), reason);
        Assert.False(IsoDate.TryParse(input, out _));
        AssertRejected(ContactAddress.IsValid(input, out reason), reason);
        AssertRejected(ContactAddress.IsValidEmail(input, out reason), reason);
        AssertRejected(ContactAddress.IsValidUrl(input, out reason), reason);
        Assert.False(SpdxLicenseList.IsLicenseId(input));
        Assert.False(SpdxLicenseList.IsExceptionId(input));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void The_metric_catalog_never_throws(int _1, string? input)
    {
        Assert.False(MetricCatalog.IsKnown(input));
        Assert.False(MetricCatalog.TryGetBounds(input, out _, out _));
        Assert.Null(MetricCatalog.LowerIsBetter(input));
        Assert.True(MetricCatalog.HigherIsBetter(new EvaluationDeclaration { Metric = input }));
        Assert.False(MetricCatalog.HigherIsBetter(new FairnessAssessmentDeclaration { Metric = input }));
        Assert.True(MetricCatalog.IsInRange(input, 0.5, out _));
        Assert.False(MetricCatalog.IsInRange(input, double.NaN, out var reason));
        Assert.NotNull(reason);
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void The_placeholder_check_never_throws(int _1, string? input)
    {
        var placeholder = PlaceholderText.IsPlaceholder(input, out var reason);
        Assert.Equal(placeholder, reason is not null);
        if (reason is not null)
        {
            AssertSafeReason(reason);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\0")]
    [InlineData("\u200E")]
    [InlineData("...")]
    [InlineData("🚀")]
    public void Empty_and_symbol_only_text_is_a_placeholder(string? input)
    {
        Assert.True(PlaceholderText.IsPlaceholder(input, out _));
    }

    [Fact]
    public void Lone_surrogates_in_otherwise_valid_values_are_rejected()
    {
        Assert.False(SpdxExpression.IsValid("MIT\ud800", out _));
        Assert.False(LanguageTag.IsValid("en-\ud800", out _));
        Assert.False(RegionCode.IsValid("S\ud800", out _));
        Assert.False(SemanticVersion.IsValid("1.0.0-\ud800", out _));
        Assert.False(IsoDate.IsValid("2026-01-0\ud800", out _));
        Assert.False(ContactAddress.IsValid("a\ud800@example.com", out _));
        Assert.False(ContactAddress.IsValid("https://example.com/\ud800", out _));
        Assert.False(PlaceholderText.IsPlaceholder("Credit model \ud800", out _));
    }

    [Fact]
    public void Reasons_show_invisible_characters_as_escapes()
    {
        Assert.False(LanguageTag.IsValid("en\u202Eus", out var reason));
        Assert.Equal("'en\\u202Eus' contains U+202E; language tags use only ASCII letters, digits and '-'", reason);
        Assert.False(SemanticVersion.IsValid("1.0.0-\ud800", out reason));
        Assert.Equal("'1.0.0-\\uD800' contains U+D800; pre-release identifiers use only ASCII letters, digits and '-'", reason);
    }

    private static void AssertRejected(bool valid, string? reason)
    {
        Assert.False(valid);
        Assert.NotNull(reason);
        AssertSafeReason(reason!);
    }

    /// <summary>Reasons go into diagnostics: short, and free of control characters and broken surrogates.</summary>
    private static void AssertSafeReason(string reason)
    {
        Assert.True(reason.Length < 400, reason);
        for (var i = 0; i < reason.Length; i++)
        {
            var c = reason[i];
            Assert.False(char.IsControl(c), "control character in: " + reason);
            Assert.False(c is '\u200E' or '\u200F' or '\u202E' or '\u2066' or '\uFEFF', "invisible character in: " + reason);
            if (char.IsHighSurrogate(c))
            {
                Assert.True(i + 1 < reason.Length && char.IsLowSurrogate(reason[i + 1]), "lone surrogate in: " + reason);
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(c), "lone surrogate in: " + reason);
            }
        }
    }
}
