namespace CitizenAssistant;

/// <summary>
/// Tells the seven supported languages apart with a script check and a few marker words: Thai and Japanese by their
/// scripts, Vietnamese by its letters (ă, â, đ, ê, ô, ơ, ư and the tone-marked vowels), the other Latin-script languages
/// by counting common words. Simple on purpose: it needs no model and no network, and its accuracy is measured
/// (<c>language_id_accuracy</c>).
/// </summary>
public static class LanguageDetector
{
    public const string Fallback = "en";

    // Folded marker words. Words that Indonesian and Malay share are in both lists and cancel out; ties go to the
    // language listed first.
    private static readonly (string Language, HashSet<string> Words)[] Markers =
    [
        ("fil", Words("ang ng mga sa ko ako ka mo po paano saan kailan magkano ano anong sino ba kami kong gusto kailangan puwede pwede noong dapat gawin nawala bago iparehistro lumipat hihingi")),
        ("id", Words("bagaimana cara saya apa berapa mana untuk yang tidak dengan harus apakah siapa akan semua baru di ke ini anda syarat laporkan " +
                     "kapan bisa mau ingin urus mengurus kartu ktp pajak izin usaha akta lapor dimana gimana saja pemilu instruksi tampilkan sebelumnya besok kota minta")),
        ("ms", Words("bagaimana cara saya apa berapa mana untuk yang tidak dengan harus apakah siapa akan semua baru di ke ini anda syarat laporkan " +
                     "nak boleh bila kad cukai lesen sijil kereta macam mohon dimohon baharu perlu kedai isytihar tarikh kenderaan arahan dedahkan esok bandar lakukan")),
        ("vi", Words("lam nao cach toi gi khi muon duoc nhu cua khong giay thu tuc")),
        ("en", Words("how what where when which who do does i my the is are can need get to for a an of and will we you your with please")),
    ];

    /// <summary>The BCP 47 tag of the language <paramref name="text"/> is written in; English when nothing points elsewhere.</summary>
    public static string Detect(string text)
    {
        if (text.Any(TextFolding.IsThai))
        {
            return "th";
        }

        if (text.Any(TextFolding.IsJapanese))
        {
            return "ja";
        }

        if (text.Normalize().Any(IsVietnameseLetter))
        {
            return "vi";
        }

        var tokens = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = Fallback;
        var bestScore = 0;
        foreach (var (language, words) in Markers)
        {
            var score = tokens.Count(words.Contains);
            if (score > bestScore)
            {
                (best, bestScore) = (language, score);
            }
        }

        return best;
    }

    private static bool IsVietnameseLetter(char c) =>
        "ăâđêôơưĂÂĐÊÔƠƯ".Contains(c) || c is >= '\u1EA0' and <= '\u1EF9';

    private static HashSet<string> Words(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
