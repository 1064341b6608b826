using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class LanguageTagTests
{
    [Theory]
    // ISO 639-1 and the ASEAN and Japanese-region languages the SDK's examples name.
    [InlineData("en")]
    [InlineData("vi")]
    [InlineData("id")]
    [InlineData("th")]
    [InlineData("ms")]
    [InlineData("ja")]
    [InlineData("km")]
    [InlineData("lo")]
    [InlineData("my")]
    [InlineData("tl")]
    [InlineData("jv")]
    [InlineData("su")]
    [InlineData("sh")]
    [InlineData("fil")]
    [InlineData("zsm")]
    [InlineData("ceb")]
    [InlineData("hil")]
    [InlineData("ilo")]
    [InlineData("war")]
    [InlineData("min")]
    [InlineData("ban")]
    [InlineData("tet")]
    [InlineData("shn")]
    [InlineData("kac")]
    [InlineData("hmn")]
    [InlineData("cmn")]
    [InlineData("yue")]
    [InlineData("nan")]
    [InlineData("hak")]
    [InlineData("ain")]
    [InlineData("ryu")]
    [InlineData("tlh")]
    [InlineData("und")]
    [InlineData("mul")]
    [InlineData("qaa")]
    [InlineData("qtz")]
    // Script, region, variants, extensions, private use.
    [InlineData("en-US")]
    [InlineData("EN-us")]
    [InlineData("en-SG")]
    [InlineData("zh-Hant")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ja-Jpan-JP")]
    [InlineData("es-419")]
    [InlineData("en-001")]
    [InlineData("fr-150")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("ca-ES-valencia")]
    [InlineData("ja-Latn-hepburn")]
    [InlineData("en-Latn-US-valencia")]
    [InlineData("en-Qaaa")]
    [InlineData("en-Qabx")]
    [InlineData("en-Zzzz")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("th-TH-u-nu-thai")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("en-a-bbb-b-ccc")]
    [InlineData("en-US-x-twain")]
    [InlineData("x-private")]
    [InlineData("x-a-b-c-12345678")]
    // Extended language subtags.
    [InlineData("zh-yue")]
    [InlineData("zh-cmn-Hans-CN")]
    [InlineData("ms-zsm")]
    [InlineData("sgn-ase")]
    // Grandfathered tags.
    [InlineData("i-klingon")]
    [InlineData("I-KLINGON")]
    [InlineData("en-GB-oed")]
    [InlineData("zh-min-nan")]
    [InlineData("art-lojban")]
    [InlineData("sgn-BE-FR")]
    [InlineData("i-default")]
    public void Valid_tags_pass(string tag)
    {
        Assert.True(LanguageTag.IsValid(tag, out var reason), reason);
        Assert.Null(reason);
        Assert.True(LanguageTag.IsWellFormed(tag, out reason), reason);
    }

    [Theory]
    [InlineData(null, "the language tag is empty")]
    [InlineData("", "the language tag is empty")]
    [InlineData(" \t", "the language tag is empty")]
    [InlineData("en-US ", "'en-US ' has leading or trailing whitespace")]
    [InlineData("en_US", "'en_US' uses '_'; BCP 47 uses '-' (en-US)")]
    [InlineData("zh_hant_tw", "'zh_hant_tw' uses '_'; BCP 47 uses '-' (zh-Hant-TW)")]
    [InlineData("xx_YY", "'xx_YY' uses '_'; BCP 47 uses '-'")]
    [InlineData("xx", "'xx' is not an ISO 639 language code")]
    [InlineData("zz-US", "'zz' in 'zz-US' is not an ISO 639 language code")]
    [InlineData("eng", "'eng' has a two-letter ISO 639-1 code; BCP 47 uses 'en'")]
    [InlineData("khm", "'khm' has a two-letter ISO 639-1 code; BCP 47 uses 'km'")]
    [InlineData("tgl", "'tgl' has a two-letter ISO 639-1 code; BCP 47 uses 'tl'")]
    [InlineData("jav", "'jav' has a two-letter ISO 639-1 code; BCP 47 uses 'jv'")]
    [InlineData("fre-FR", "'fre' in 'fre-FR' has a two-letter ISO 639-1 code; BCP 47 uses 'fr'")]
    [InlineData("iw", "'iw' is a deprecated language code; use 'he'")]
    [InlineData("in-ID", "'in' in 'in-ID' is a deprecated language code; use 'id'")]
    [InlineData("abcd", "'abcd' is not an ISO 639 language code (four-letter languages are reserved)")]
    [InlineData("English", "'English' is a language name; use the ISO 639 code 'en'")]
    [InlineData("vietnamese", "'vietnamese' is a language name; use the ISO 639 code 'vi'")]
    [InlineData("englishx", "'englishx' is not an ISO 639 language code")]
    [InlineData("zh-CHS", "'zh-CHS' is a legacy .NET culture name; BCP 47 uses 'zh-Hans'")]
    [InlineData("zh-cht", "'zh-cht' is a legacy .NET culture name; BCP 47 uses 'zh-Hant'")]
    [InlineData("en-UK", "'en-UK': 'UK' is not ISO 3166-1; the United Kingdom is 'GB'")]
    [InlineData("en-uk", "'en-uk': 'UK' is not ISO 3166-1; the United Kingdom is 'GB'")]
    [InlineData("en-EU", "'en-EU': 'EU' is an exceptionally reserved code for the European Union, not a country; list the member states instead")]
    [InlineData("sq-XK", "'sq-XK': 'XK' (Kosovo) is a user-assigned code, not ISO 3166-1; ISO 3166-1 has no code for Kosovo")]
    [InlineData("en-USA", "'USA' in 'en-USA' is an ISO 3166-1 alpha-3 code; regions use alpha-2 ('US')")]
    [InlineData("en-702", "'702' in 'en-702' is an ISO 3166-1 numeric code; language tags use the alpha-2 code ('SG')")]
    [InlineData("en-123", "'123' in 'en-123' is not a UN M.49 area code")]
    [InlineData("en-Abcd", "'Abcd' in 'en-Abcd' is not an ISO 15924 script code")]
    [InlineData("en-Qabz", "'Qabz' in 'en-Qabz' is not an ISO 15924 script code")]
    [InlineData("en-US-Latn", "'Latn' in 'en-US-Latn' is out of place: the script comes right after the language")]
    [InlineData("en-US-GB", "'GB' in 'en-US-GB' is out of place: there is one region, after the script and before any variants")]
    [InlineData("en-Latn-yue", "'yue' in 'en-Latn-yue' is out of place: an extended language subtag comes right after a 2- or 3-letter language")]
    [InlineData("ja-yue", "'yue' in 'ja-yue' is an extended language subtag for 'zh' (zh-yue)")]
    [InlineData("zh-yue-cmn", "'zh-yue-cmn' has more than one extended language subtag")]
    [InlineData("en-abc", "'abc' in 'en-abc' is not a registered extended language subtag")]
    [InlineData("de-1901-1901", "'de-1901-1901' repeats the variant '1901'")]
    [InlineData("en-fooobar", "'fooobar' in 'en-fooobar' is not a registered variant subtag")]
    [InlineData("en-a-bbb-a-ccc", "'en-a-bbb-a-ccc' repeats the extension 'a'")]
    [InlineData("en-a", "'en-a': the extension 'a' needs at least one subtag of 2 to 8 letters or digits")]
    [InlineData("en-a-b-cc", "'en-a-b-cc': the extension 'a' needs at least one subtag of 2 to 8 letters or digits")]
    [InlineData("en-x", "'en-x' ends with 'x'; private use needs at least one subtag after 'x-'")]
    [InlineData("x", "'x' ends with 'x'; private use needs at least one subtag after 'x-'")]
    [InlineData("i-foo", "'i-foo' is not one of the registered 'i-' tags")]
    [InlineData("a-foo", "'a-foo' starts with the singleton 'a'; a language tag starts with a language (2 or 3 letters)")]
    [InlineData("e1", "'e1' is not a language subtag; the language is 2 or 3 letters (ISO 639)")]
    [InlineData("en--US", "'en--US' has an empty subtag ('--')")]
    [InlineData("en-", "'en-' ends with '-'")]
    [InlineData("-en", "'-en' starts with '-'")]
    [InlineData("en-verylongsubtag", "'verylongsubtag' in 'en-verylongsubtag' is longer than 8 characters; subtags have 1 to 8")]
    [InlineData("en-US-a-b", "'en-US-a-b': the extension 'a' needs at least one subtag of 2 to 8 letters or digits")]
    [InlineData("en.US", "'en.US' contains '.'; language tags use only ASCII letters, digits and '-'")]
    [InlineData("én", "'én' contains 'é'; language tags use only ASCII letters, digits and '-'")]
    [InlineData("en\u200F", "'en\\u200F' contains U+200F; language tags use only ASCII letters, digits and '-'")]
    [InlineData("en-a-toolongextension", "'toolongextension' in 'en-a-toolongextension' is longer than 8 characters; subtags have 1 to 8")]
    [InlineData("en-US-12", "'12' in 'en-US-12' is not a valid subtag here: expected a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters or digits, or a digit and 3 more)")]
    public void Invalid_tags_fail_with_a_reason(string? tag, string expected)
    {
        Assert.False(LanguageTag.IsValid(tag, out var reason));
        Assert.Equal(expected, reason);
        Assert.Null(LanguageTag.Normalize(tag));
    }

    [Theory]
    [InlineData("en-a-b-cc")]
    [InlineData("en-US-1")]
    [InlineData("en--US")]
    [InlineData("en-US-Latn")]
    [InlineData("en_US")]
    [InlineData("i-foo")]
    [InlineData("en-abc-def-ghi-jkl")]
    public void Ill_formed_tags_are_not_well_formed(string tag)
    {
        Assert.False(LanguageTag.IsWellFormed(tag, out var reason));
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("eng")]
    [InlineData("en-UK")]
    [InlineData("en-Abcd")]
    [InlineData("de-1901-1901")]
    [InlineData("en-a-bbb-a-ccc")]
    [InlineData("abcd")]
    [InlineData("en-fooobar")]
    [InlineData("zh-yue-cmn-wuu")]
    public void Unregistered_but_well_formed_tags_are_well_formed(string tag)
    {
        Assert.True(LanguageTag.IsWellFormed(tag, out var reason), reason);
        Assert.False(LanguageTag.IsValid(tag, out _));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("EN-us", "en-US")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("ZH-HANS", "zh-Hans")]
    [InlineData("sr-latn-rs", "sr-Latn-RS")]
    [InlineData("es-419", "es-419")]
    [InlineData("FIL", "fil")]
    [InlineData("de-ch-1901", "de-CH-1901")]
    [InlineData("en-US-U-CA-GREGORY", "en-US-u-ca-gregory")]
    [InlineData("en-US-x-AB-ABCD", "en-US-x-ab-abcd")]
    [InlineData("X-PRIVATE", "x-private")]
    [InlineData("EN-GB-OED", "en-GB-oed")]
    [InlineData("I-KLINGON", "i-klingon")]
    [InlineData("SGN-be-fr", "sgn-BE-FR")]
    [InlineData("ZH-YUE-hk", "zh-yue-HK")]
    public void Normalize_gives_the_canonical_casing(string tag, string expected)
    {
        Assert.Equal(expected, LanguageTag.Normalize(tag));
    }

    [Fact]
    public void The_registry_date_is_recorded()
    {
        Assert.Equal("2025-08-25", LanguageTag.RegistryDate);
    }
}
