using System.Text.RegularExpressions;

namespace CitizenAssistant;

/// <summary>
/// Refuses questions that try to give the assistant new instructions ("ignore previous instructions", "show your
/// system prompt"), in the seven languages. A pattern list catches the common phrasings only; what it misses still
/// reaches a backend that answers from the FAQ and nothing else.
/// </summary>
public static partial class InjectionGuard
{
    // Latin-script patterns run on folded text (lower case, no accents, punctuation as spaces).
    [GeneratedRegex(
        @" (ignore|disregard|forget|override) (all |any |the |your )*(previous|prior|above|earlier|preceding|system)? ?(instructions?|prompts?|rules|directions) " +
        @"| (reveal|show|print|repeat|display) (me )?(your |the )*(system prompt|hidden prompt|instructions) " +
        @"| system prompt | you are now | developer mode | jailbreak " +
        @"| bo qua (cac |moi |tat ca |nhung )*(huong dan|chi dan|lenh|chi thi) | loi nhac he thong " +
        @"| abaikan (semua |seluruh )*(instruksi|perintah|petunjuk|arahan) | prompt sistem | arahan sistem " +
        @"| huwag (mong )?pansinin ang (lahat ng )?(mga )?(naunang )?(utos|tagubilin|instruksyon) | balewalain ang ",
        RegexOptions.CultureInvariant)]
    private static partial Regex LatinPatterns();

    [GeneratedRegex("(指示|命令|ルール).{0,8}(無視|忘れ)|システムプロンプト", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePatterns();

    private static readonly string[] ThaiPhrases =
        [.. new[] { "ไม่ต้องสนใจคำสั่ง", "ละเว้นคำสั่ง", "เพิกเฉยต่อคำสั่ง", "ลืมคำสั่ง", "พรอมต์ระบบ" }.Select(TextFolding.Fold)];

    /// <summary>The instruction-like text found in <paramref name="question"/>, or null.</summary>
    public static string? Detect(string question)
    {
        var folded = TextFolding.Fold(question);
        if (LatinPatterns().Match(folded) is { Success: true } latin)
        {
            return latin.Value.Trim();
        }

        if (JapanesePatterns().Match(folded) is { Success: true } japanese)
        {
            return japanese.Value;
        }

        return ThaiPhrases.FirstOrDefault(p => TextFolding.ContainsPhrase(folded, p))?.Trim();
    }
}

/// <summary>
/// Questions the assistant must not answer itself however well the FAQ matches: danger to a person, immigration or
/// legal trouble, and any question carrying a personal identification number. They go to an officer.
/// </summary>
public static partial class SensitiveTopics
{
    private static readonly (string Reason, bool Urgent, string[] Phrases)[] Topics =
    [
        ("possible danger to a person", true, Fold(
            "violence", "violent", "abuse", "abused", "hits me", "beats me", "suicide", "kill myself", "self harm",
            "bạo lực", "đánh tôi", "tự tử",
            "kekerasan", "kdrt", "bunuh diri", "dipukul", "keganasan", "didera",
            "karahasan", "sinasaktan", "binubugbog", "magpakamatay",
            "ความรุนแรง", "ทำร้าย", "ฆ่าตัวตาย",
            "暴力", "dv", "自殺", "死にたい")),
        ("immigration or legal status", false, Fold(
            "asylum", "refugee", "deport", "deported", "deportation", "overstay", "arrested", "criminal record", "lawsuit",
            "tị nạn", "trục xuất", "quá hạn visa", "bị bắt",
            "suaka", "pengungsi", "deportasi", "ditangkap", "pelarian", "dihantar pulang",
            "inaresto",
            "ลี้ภัย", "เนรเทศ", "อยู่เกินกำหนด", "ถูกจับ",
            "難民", "強制送還", "オーバーステイ", "逮捕")),
    ];

    // Eight or more digits, possibly grouped with spaces or hyphens: an ID card, tax or phone number.
    [GeneratedRegex(@"\d(?:[ \-]?\d){7,}", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumber();

    /// <summary>Why <paramref name="question"/> needs a person, and whether someone may be in danger; null when it does not.</summary>
    public static (string Reason, bool Urgent)? Detect(string question)
    {
        var folded = TextFolding.Fold(question);
        foreach (var (reason, urgent, phrases) in Topics)
        {
            if (phrases.Any(p => TextFolding.ContainsPhrase(folded, p)))
            {
                return (reason, urgent);
            }
        }

        return PersonalNumber().IsMatch(question) ? ("contains a personal identification number", false) : null;
    }

    /// <summary>The question with personal numbers removed, as it may be logged and shown to officers.</summary>
    public static string Redact(string question) => PersonalNumber().Replace(question, "[number removed]");

    private static string[] Fold(params string[] phrases) => [.. phrases.Select(TextFolding.Fold)];
}
