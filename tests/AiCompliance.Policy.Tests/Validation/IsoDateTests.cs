using System;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2026-11-21", 2026, 11, 21)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Valid_dates_pass_and_parse(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.IsValid(text, out var reason), reason);
        Assert.Null(reason);
        Assert.True(IsoDate.TryParse(text, out var date));
        Assert.Equal(new DateTime(year, month, day), date);
        Assert.Equal(DateTimeKind.Unspecified, date.Kind);
    }

    [Theory]
    [InlineData(null, "the date is empty")]
    [InlineData("", "the date is empty")]
    [InlineData("   ", "the date is empty")]
    [InlineData(" 2026-01-01", "' 2026-01-01' has leading or trailing whitespace")]
    [InlineData("2026-13-01", "'2026-13-01' has month 13; months are 01 to 12")]
    [InlineData("2026-00-01", "'2026-00-01' has month 00; months are 01 to 12")]
    [InlineData("2026-02-29", "'2026-02-29' is not a calendar date: February 2026 has 28 days")]
    [InlineData("1900-02-29", "'1900-02-29' is not a calendar date: February 1900 has 28 days")]
    [InlineData("2026-04-31", "'2026-04-31' is not a calendar date: April 2026 has 30 days")]
    [InlineData("2026-01-00", "'2026-01-00' has day 00; days start at 01")]
    [InlineData("0000-01-01", "'0000-01-01' has year 0000; years start at 0001")]
    [InlineData("21/11/2026", "'21/11/2026' is not yyyy-MM-dd; write 2026-11-21")]
    [InlineData("11/21/2026", "'11/21/2026' is not yyyy-MM-dd; write 2026-11-21")]
    [InlineData("21.11.2026", "'21.11.2026' is not yyyy-MM-dd; write 2026-11-21")]
    [InlineData("1/2/2026", "'1/2/2026' is not yyyy-MM-dd, and it is ambiguous; write 2026-02-01 or 2026-01-02")]
    [InlineData("05/05/2026", "'05/05/2026' is not yyyy-MM-dd; write 2026-05-05")]
    [InlineData("2026-2-1", "'2026-2-1' needs two-digit months and days (2026-02-01)")]
    [InlineData("2026-11-1", "'2026-11-1' needs two-digit months and days (2026-11-01)")]
    [InlineData("2026-2-30", "'2026-2-30' needs two-digit months and days")]
    [InlineData("2026/11/21", "'2026/11/21' uses '/'; write 2026-11-21")]
    [InlineData("2026.11.21", "'2026.11.21' uses '.'; write 2026-11-21")]
    [InlineData("2026-11-21T10:00:00Z", "'2026-11-21T10:00:00Z' has a time of day; write only the date (2026-11-21)")]
    [InlineData("2026-11-21 10:00", "'2026-11-21 10:00' has a time of day; write only the date (2026-11-21)")]
    [InlineData("20261121", "'20261121' is missing the '-' separators; write 2026-11-21")]
    [InlineData("26-11-21", "'26-11-21' is not a date in yyyy-MM-dd form")]
    [InlineData("2026-11", "'2026-11' is not a date in yyyy-MM-dd form")]
    [InlineData("tomorrow", "'tomorrow' is not a date in yyyy-MM-dd form")]
    [InlineData("２０２６-１１-２１", "'２０２６-１１-２１' is not a date in yyyy-MM-dd form")]
    [InlineData("-2026-11-21", "'-2026-11-21' is not a date in yyyy-MM-dd form")]
    public void Invalid_dates_fail_with_a_reason(string? text, string expected)
    {
        Assert.False(IsoDate.IsValid(text, out var reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("21/11/2026")]
    [InlineData("2026-2-1")]
    [InlineData("20261121")]
    [InlineData("2026-11-21T00:00:00")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_what_IsValid_rejects(string? text)
    {
        Assert.False(IsoDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void TryParse_ignores_surrounding_whitespace_for_configuration_values()
    {
        Assert.True(IsoDate.TryParse("  2026-11-21\n", out var date));
        Assert.Equal(new DateTime(2026, 11, 21), date);
    }

    [Theory]
    [InlineData("2026-11-22", "2026-11-21", true)]
    [InlineData("2026-11-21", "2026-11-21", false)]
    [InlineData("2026-11-20", "2026-11-21", false)]
    [InlineData("2027-01-01", "2026-12-31", true)]
    public void IsInFuture_compares_calendar_days(string date, string today, bool expected)
    {
        Assert.True(IsoDate.TryParse(date, out var d));
        Assert.True(IsoDate.TryParse(today, out var t));
        Assert.Equal(expected, IsoDate.IsInFuture(d, t));
    }

    [Fact]
    public void IsInFuture_ignores_the_time_of_day()
    {
        var today = new DateTime(2026, 11, 21, 23, 59, 59);
        Assert.False(IsoDate.IsInFuture(new DateTime(2026, 11, 21, 0, 0, 1), today));
        Assert.True(IsoDate.IsInFuture(new DateTime(2026, 11, 22), today));
        Assert.False(IsoDate.IsInFuture(DateTime.MinValue, DateTime.MaxValue));
        Assert.True(IsoDate.IsInFuture(DateTime.MaxValue, DateTime.MinValue));
    }
}
