using AiCompliance.Policy.Validation;
using Xunit;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\u3164\u3164")] // Hangul filler
    [InlineData("\u115F\u1160")] // Hangul choseong and jungseong fillers
    [InlineData("\uFFA0")] // halfwidth Hangul filler
    [InlineData("\u2800\u2800")] // Braille blank
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")] // zero-width characters
    [InlineData("\u202E\u200F\u061C")] // bidi controls
    [InlineData("\u00A0\u3000\u2007")] // no-break, ideographic and figure spaces
    [InlineData("\u0301\u034F")] // combining marks with no base
    [InlineData("\u0000\u0007\u001B")] // control characters
    [InlineData("\uE000")] // private use
    [InlineData("\uDB40\uDC41\uDB40\uDC42")] // tag characters (a surrogate pair each)
    [InlineData("\u17B4\u17B5")] // Khmer inherent vowels
    public void Text_that_renders_as_nothing_is_not_visible(string? text) =>
        Assert.False(VisibleText.HasVisibleContent(text));

    // Not an InlineData: xunit replaces a lone surrogate in test data with U+FFFD, which is visible.
    [Fact]
    public void A_lone_surrogate_is_not_visible()
    {
        Assert.False(VisibleText.HasVisibleContent("\uD800"));
        Assert.False(VisibleText.HasVisibleContent(" \uDC00 "));
    }

    [Theory]
    [InlineData("A")]
    [InlineData(" \u3164Risk committee")]
    [InlineData("山田")]
    [InlineData("Nguyễn Văn A")]
    [InlineData("ก")]
    [InlineData("-")]
    [InlineData("\uD83D\uDE00")] // an emoji (a surrogate pair)
    [InlineData("\u200B7")]
    public void Text_with_one_visible_character_is_visible(string text) =>
        Assert.True(VisibleText.HasVisibleContent(text));

    [Theory]
    [InlineData("\u3164")]
    [InlineData("\u115F\u1160")]
    [InlineData("\u2800")]
    public void Fillers_alone_are_a_placeholder(string text) =>
        Assert.True(PlaceholderText.IsPlaceholder(text, out _));
}
