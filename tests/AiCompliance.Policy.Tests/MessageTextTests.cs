using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests;

/// <summary>User text in a diagnostic message never carries a control character into a log: each is a visible escape.</summary>
public sealed class MessageTextTests
{
    [Theory]
    [InlineData("credit-scorer", "credit-scorer")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("nul\0", @"nul\0")]
    [InlineData("\u001B[31mred", @"\u001B[31mred")]
    [InlineData("del\u007F", @"del\u007F")]
    [InlineData("c1\u0085\u009B", @"c1\u0085\u009B")]
    [InlineData("rlo\u202Eevil\u202C", @"rlo\u202Eevil\u202C")]
    [InlineData("isolate\u2066x\u2069", @"isolate\u2066x\u2069")]
    [InlineData("marks\u200E\u200F\u061C", @"marks\u200E\u200F\u061C")]
    [InlineData("line\u2028para\u2029", @"line\u2028para\u2029")]
    [InlineData("日本語モデル 🚀", "日本語モデル 🚀")]
    [InlineData(@"already\nescaped", @"already\nescaped")]
    public void Control_characters_become_visible_escapes_and_other_text_is_kept(string text, string expected)
    {
        Assert.Equal(expected, MessageText.Escape(text));
        Assert.Equal(expected, MessageText.Escape(MessageText.Escape(text)));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept()
    {
        Assert.Equal(@"x\uD800y\uDC00", MessageText.Escape("x\uD800y\uDC00"));
        Assert.Equal("\uD83D\uDE80", MessageText.Escape("\uD83D\uDE80"));
    }

    [Fact]
    public void Every_rule_message_escapes_the_user_text_of_its_arguments()
    {
        var first = new ModelDeclarations { TypeName = "Bank.Scorer", Identity = new ModelIdentity { Id = "scorer\nBank.cs(1,1): error CS0001: fake" } };
        var second = first with { TypeName = "Bank.Scorer2\u001B[2J" };
        var findings = new List<Finding>();

        new DuplicateIdRule().CheckAssembly(new AssemblyContext(new AssemblyDeclarations { Types = new[] { first, second } }, PolicySettings.Create("strict", null, null, null, null), findings.Add));

        var finding = Assert.Single(findings);
        Assert.Equal(@"Model id 'scorer\nBank.cs(1,1): error CS0001: fake' is already used by 'Bank.Scorer'; ids must be unique in an assembly", finding.Message);
        Assert.DoesNotContain(finding.MessageArguments.OfType<string>(), a => a.Any(char.IsControl));
    }

    [Fact]
    public void Numbers_keep_their_type_so_the_format_decides_how_they_are_written()
    {
        object?[] arguments = ["a\nb", 0.5, 3, null];

        var escaped = MessageText.EscapeArguments(arguments);

        Assert.Equal(new object?[] { @"a\nb", 0.5, 3, null }, escaped);
        Assert.Equal("a\nb", arguments[0]);
    }
}
