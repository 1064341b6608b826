using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class SpdxExpressionTests
{
    [Theory]
    [InlineData("MIT")]
    [InlineData("mit")]
    [InlineData("Apache-2.0")]
    [InlineData("APACHE-2.0")]
    [InlineData("GPL-3.0-or-later")]
    [InlineData("LGPL-2.1+")]
    [InlineData("GPL-2.0+")]
    [InlineData("GPL-2.0")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("MIT AND BSD-3-Clause AND ISC")]
    [InlineData("(MIT AND BSD-3-Clause) OR GPL-2.0-or-later")]
    [InlineData("MIT AND (Apache-2.0 OR (BSD-2-Clause AND ISC))")]
    [InlineData("(MIT)")]
    [InlineData("((MIT))")]
    [InlineData("(MIT OR Apache-2.0)AND ISC")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0")]
    [InlineData("GPL-2.0+ WITH Bison-exception-2.2")]
    [InlineData("Apache-2.0 WITH LLVM-exception")]
    [InlineData("apache-2.0 WITH llvm-exception")]
    [InlineData("GPL-3.0-or-later WITH GCC-exception-3.1")]
    [InlineData("GPL-2.0-only WITH Linux-syscall-note")]
    [InlineData("(GPL-2.0-only WITH Classpath-exception-2.0) OR MIT")]
    [InlineData("LicenseRef-Proprietary")]
    [InlineData("LicenseRef-my.license-1")]
    [InlineData("licenseref-lowercase-prefix")]
    [InlineData("LicenseRef-Custom WITH Autoconf-exception-3.0")]
    [InlineData("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2")]
    [InlineData("MIT WITH AdditionRef-my-addition")]
    [InlineData("MIT WITH DocumentRef-doc:AdditionRef-extra")]
    [InlineData("MIT\tOR\nISC")]
    [InlineData("MIT  OR   ISC")]
    [InlineData("CC-BY-4.0 AND CC0-1.0")]
    public void Valid_expressions_pass(string expression)
    {
        Assert.True(SpdxExpression.IsValid(expression, out var reason), reason);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData(null, "the license expression is empty")]
    [InlineData("", "the license expression is empty")]
    [InlineData("   ", "the license expression is empty")]
    [InlineData(" MIT", "' MIT' has leading or trailing whitespace")]
    [InlineData("MIT or Apache-2.0", "the operator 'or' must be uppercase (OR): SPDX operators are case-sensitive")]
    [InlineData("MIT and ISC", "the operator 'and' must be uppercase (AND): SPDX operators are case-sensitive")]
    [InlineData("MIT With LLVM-exception", "the operator 'With' must be uppercase (WITH): SPDX operators are case-sensitive")]
    [InlineData("Foo", "'Foo' is not on the SPDX License List (3.24.0); use LicenseRef-Foo for an unlisted license")]
    [InlineData("Apache2", "'Apache2' is not on the SPDX License List; use 'Apache-2.0'")]
    [InlineData("GPLv3", "'GPLv3' is not on the SPDX License List; use 'GPL-3.0-only' or 'GPL-3.0-or-later'")]
    [InlineData("Proprietary", "'Proprietary' is not on the SPDX License List; use a LicenseRef-… id for your own terms, for example 'LicenseRef-Proprietary'")]
    [InlineData("NOASSERTION", "'NOASSERTION' is an SPDX document value, not a license expression; name the license, or use LicenseRef-… for one that is not on the SPDX list")]
    [InlineData("Classpath-exception-2.0", "'Classpath-exception-2.0' is a license exception, not a license; it follows WITH (for example 'GPL-2.0-or-later WITH Classpath-exception-2.0')")]
    [InlineData("MIT WITH MIT", "'MIT' is a license, not a license exception; WITH takes an exception from the SPDX exceptions list")]
    [InlineData("MIT WITH Foo-exception", "'Foo-exception' is not on the SPDX license exceptions list (3.24.0)")]
    [InlineData("(MIT OR BSD-2-Clause) WITH LLVM-exception", "'(MIT OR BSD-2-Clause) WITH LLVM-exception': WITH applies to a single license, not to a parenthesised expression")]
    [InlineData("Apache-2.0 WITH LLVM-exception WITH LLVM-exception", "'Apache-2.0 WITH LLVM-exception WITH LLVM-exception': a license takes one WITH exception")]
    [InlineData("WITH LLVM-exception", "'WITH LLVM-exception': WITH needs a license before it")]
    [InlineData("MIT WITH", "'MIT WITH' ends with 'WITH'; it needs an exception after it")]
    [InlineData("(MIT WITH)", "'(MIT WITH)': 'WITH' needs an exception after it")]
    [InlineData("MIT AND", "'MIT AND' ends with 'AND'; it needs a license after it")]
    [InlineData("AND MIT", "'AND MIT': AND needs a license before it")]
    [InlineData("MIT OR OR ISC", "'MIT OR OR ISC': OR needs a license before it")]
    [InlineData("(MIT OR)", "'(MIT OR)': 'OR' needs a license after it")]
    [InlineData("()", "'()' has empty parentheses")]
    [InlineData("(", "'(' has no license in it")]
    [InlineData("(MIT", "'(MIT' has a '(' without a matching ')'")]
    [InlineData("MIT)", "'MIT)' has a ')' without a matching '('")]
    [InlineData("(MIT)(ISC)", "'(MIT)(ISC)': expected AND, OR or WITH before '('")]
    [InlineData("MIT Apache-2.0", "'MIT Apache-2.0': expected AND, OR or WITH between 'MIT' and 'Apache-2.0'")]
    [InlineData("(MIT) ISC", "'(MIT) ISC': expected AND, OR or WITH between 'MIT' and 'ISC'")]
    [InlineData("MIT/Apache-2.0", "'MIT/Apache-2.0' contains '/'; use OR between alternatives")]
    [InlineData("MIT, Apache-2.0", "'MIT, Apache-2.0' contains ','; use AND (all apply) or OR (a choice)")]
    [InlineData("MIT_License", "'MIT_License' contains '_'; SPDX expressions use ASCII letters, digits, '-', '.', '+', ':', parentheses and spaces")]
    [InlineData("+", "'+': '+' needs a license id before it")]
    [InlineData("MIT++", "'MIT++': '+' goes only at the end of a license id")]
    [InlineData("M+IT", "'M+IT': '+' goes only at the end of a license id")]
    [InlineData("MIT +", "'MIT +': expected AND, OR or WITH between 'MIT' and '+'")]
    [InlineData("LicenseRef-", "'LicenseRef-': LicenseRef- needs an id of letters, digits, '-' and '.'")]
    [InlineData("LicenseRef-a+", "'LicenseRef-a+': '+' applies only to SPDX license ids, not to LicenseRef-")]
    [InlineData("DocumentRef-:LicenseRef-x", "'DocumentRef-:LicenseRef-x' is not of the form DocumentRef-id:LicenseRef-id (ids use letters, digits, '-' and '.')")]
    [InlineData("Doc:LicenseRef-x", "'Doc:LicenseRef-x' is not of the form DocumentRef-id:LicenseRef-id (ids use letters, digits, '-' and '.')")]
    [InlineData("a:b", "'a:b' is not a reference of the form DocumentRef-id:LicenseRef-id")]
    [InlineData("MIT AND AdditionRef-x", "'AdditionRef-x' is a license addition; it follows WITH")]
    [InlineData("MIT WITH AdditionRef-", "'AdditionRef-': AdditionRef- needs an id of letters, digits, '-' and '.'")]
    public void Invalid_expressions_fail_with_a_reason(string? expression, string expected)
    {
        Assert.False(SpdxExpression.IsValid(expression, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Every_listed_license_is_valid_alone_and_with_plus()
    {
        foreach (var id in SpdxLicenseList.LicenseIds)
        {
            Assert.True(SpdxExpression.IsValid(id, out var reason), id + ": " + reason);
            Assert.True(SpdxExpression.IsValid(id.TrimEnd('+') + "+", out reason), id + "+: " + reason);
        }
    }

    [Fact]
    public void Every_listed_exception_is_valid_after_WITH()
    {
        foreach (var id in SpdxLicenseList.ExceptionIds)
        {
            Assert.True(SpdxExpression.IsValid("GPL-2.0-or-later WITH " + id, out var reason), id + ": " + reason);
        }
    }

    [Fact]
    public void Deeply_nested_parentheses_do_not_overflow_the_stack()
    {
        var deep = new string('(', 50_000) + "MIT" + new string(')', 50_000);
        Assert.True(SpdxExpression.IsValid(deep, out _));
        Assert.False(SpdxExpression.IsValid(new string('(', 50_000) + "MIT", out var reason));
        Assert.EndsWith("has a '(' without a matching ')'", reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Long_chains_are_checked_to_the_end()
    {
        var chain = string.Join(" OR ", System.Linq.Enumerable.Repeat("MIT", 5_000));
        Assert.True(SpdxExpression.IsValid(chain, out _));
        Assert.False(SpdxExpression.IsValid(chain + " OR Nope", out var reason));
        Assert.Equal("'Nope' is not on the SPDX License List (3.24.0); use LicenseRef-Nope for an unlisted license", reason);
    }

    [Fact]
    public void Long_values_are_cut_in_reasons()
    {
        var id = new string('a', 10_000);
        Assert.False(SpdxExpression.IsValid(id, out var reason));
        Assert.NotNull(reason);
        Assert.True(reason!.Length < 300, reason);
        Assert.StartsWith("'" + new string('a', 64) + "…'", reason, System.StringComparison.Ordinal);
    }
}
