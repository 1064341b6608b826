using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// The file names of model cards, from model ids. An id is user text: it may hold path separators, "..", reserved
/// device names, characters no file system accepts, or no ASCII letter at all, so:
/// <list type="bullet">
/// <item>a safe id (only <c>A-Z a-z 0-9 - _ .</c>, at most <see cref="MaxLength"/> characters, no leading or trailing
/// <c>.</c> or <c>-</c>, no Windows device name) is the name, whatever other models the assembly declares;</item>
/// <item>any other id gets its safe characters (runs of others become one <c>-</c>; <c>model</c> when none is left) and
/// <c>-</c> plus the first 8 hex digits of the SHA-256 of the id (trimmed, upper-cased as ids compare), so the name is
/// readable where it can be and depends on the id alone: <c>credit/scorer</c> is <c>credit-scorer-5ad8e1ab</c>, never
/// <c>credit-scorer</c>, and adding a type renames nothing.</item>
/// </list>
/// Two models that still end up with one name (the same id, AIC002; or two different ids, AIC006) are told apart by
/// <c>-2</c>, <c>-3</c>: safe ids are placed first, then the others, each group in declaration order.
/// </summary>
public static class CardFileNames
{
    /// <summary>The longest name kept as it is; longer ids are cut and get the hash suffix.</summary>
    public const int MaxLength = 100;

    private const int HashDigits = 8;

    /// <summary>
    /// The first parts of the card formats' two-part extensions (<c>.annex-iv</c> of <c>.annex-iv.md</c>): an id ending in
    /// one would take another model's file (<c>x.annex-iv</c>'s card is <c>x</c>'s Annex IV draft), so it is not safe.
    /// The card-format registry's tests keep this list equal to the formats' extensions.
    /// </summary>
    public static readonly IReadOnlyList<string> FormatInfixes = new[] { ".annex-iv" };

    /// <summary>
    /// The languages the human-readable cards are translated into besides English (whose files keep their names), in
    /// the order of the docs: model <c>x</c>'s Japanese card is <c>x.ja.md</c>. An id ending in <c>.</c> and one of
    /// them would take that file, so it is not safe: <c>x.ja</c>'s cards get the hash suffix, whether or not the project
    /// writes Japanese cards, so that choosing languages renames nothing. Each has its <c>CardTexts.&lt;tag&gt;.resx</c>
    /// in AiCompliance.ModelCards; its tests keep the two lists equal.
    /// </summary>
    public static readonly IReadOnlyList<string> Languages = new[] { "ja", "vi", "th", "id", "ms", "fil" };

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Whether <paramref name="id"/> (trimmed) is its own file name.</summary>
    public static bool IsSafe(string id)
    {
        var text = id.Trim();
        if (text.Length == 0 || text.Length > MaxLength || text[0] is '.' or '-' || text[text.Length - 1] is '.' or '-')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsSafeCharacter(c))
            {
                return false;
            }
        }

        foreach (var infix in FormatInfixes)
        {
            if (text.EndsWith(infix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var language in Languages)
        {
            if (text.EndsWith("." + language, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !IsReserved(text);
    }

    /// <summary>The name the card of a model with <paramref name="id"/> wants, before names taken by other models are considered.</summary>
    public static string Wanted(string id)
    {
        if (IsSafe(id))
        {
            return id.Trim();
        }

        var readable = Sanitize(id, MaxLength - HashDigits - 1, collapse: true);
        var name = (readable.Length == 0 ? "model" : readable) + "-" + Hash(id);
        return IsReserved(name) ? "_" + name : name;
    }

    /// <summary>
    /// <paramref name="text"/> with only safe characters (others become <c>-</c>), cut to <see cref="MaxLength"/>, without
    /// leading or trailing <c>.</c> and <c>-</c>; a Windows device name gets a <c>_</c> prefix; <c>model</c> when nothing
    /// is left. For names that need not tell ids apart (the BOM file, BOM references).
    /// </summary>
    public static string Sanitize(string text)
    {
        var result = Sanitize(text, MaxLength, collapse: false);
        if (result.Length == 0)
        {
            return "model";
        }

        return IsReserved(result) ? "_" + result : result;
    }

    /// <summary>
    /// The name (without extension) of the card in <paramref name="language"/> of the model whose card is
    /// <paramref name="name"/>: <paramref name="name"/> itself in English (<c>en</c>), else <c>name.&lt;language&gt;</c>.
    /// </summary>
    public static string InLanguage(string name, string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? name : name + "." + language.ToLowerInvariant();

    /// <summary>The CycloneDX file's name without ".json": <c>AssemblyName.cdx</c>, made safe like card names.</summary>
    public static string BomStem(string assemblyName) => Sanitize(assemblyName) + ".cdx";

    /// <summary>
    /// The card file name of every model of <paramref name="assembly"/>, in declaration order. The BOM's name is
    /// reserved first; then safe ids take their names, then the others; a name already taken gets a numeric suffix.
    /// </summary>
    public static IReadOnlyList<CardFileName> Assign(AssemblyDeclarations assembly)
    {
        var models = new List<ModelDeclarations>(assembly.Models);
        var taken = new Dictionary<string, ModelDeclarations?>(StringComparer.OrdinalIgnoreCase) { [BomStem(assembly.AssemblyName)] = null };
        var names = new CardFileName[models.Count];
        foreach (var safeFirst in new[] { true, false })
        {
            for (var i = 0; i < models.Count; i++)
            {
                var id = models[i].DisplayId;
                if (IsSafe(id) != safeFirst)
                {
                    continue;
                }

                var wanted = Wanted(id);
                var name = wanted;
                taken.TryGetValue(wanted, out var holder);
                var collides = taken.ContainsKey(wanted);
                for (var suffix = 2; taken.ContainsKey(name); suffix++)
                {
                    name = wanted + "-" + suffix.ToString(CultureInfo.InvariantCulture);
                }

                taken[name] = models[i];
                names[i] = new CardFileName(models[i], name, wanted, collides, holder);
            }
        }

        return names;
    }

    private static string Sanitize(string text, int maxLength, bool collapse)
    {
        var result = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text.Trim())
        {
            if (result.Length == maxLength)
            {
                break;
            }

            var safe = IsSafeCharacter(c) ? c : '-';
            if (!(collapse && safe == '-' && result.Length > 0 && result[result.Length - 1] == '-'))
            {
                result.Append(safe);
            }
        }

        // No hidden files, no "." or "..", no trailing dots (Windows drops them), no leading '-' (read as an option).
        return result.ToString().Trim('.', '-');
    }

    private static bool IsSafeCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';

    private static bool IsReserved(string name)
    {
        var dot = name.IndexOf('.');
        return Reserved.Contains(dot >= 0 ? name.Substring(0, dot) : name);
    }

    private static string Hash(string id)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(DeclarationIds.Key(id)));
        var hex = new StringBuilder(HashDigits);
        for (var i = 0; i < HashDigits / 2; i++)
        {
            hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}

/// <summary>The card file name (without extension) a model gets, and whether another model or the BOM had it first.</summary>
public sealed class CardFileName
{
    public CardFileName(ModelDeclarations model, string name, string wanted, bool taken, ModelDeclarations? takenBy)
    {
        Model = model;
        Name = name;
        Wanted = wanted;
        IsTaken = taken;
        TakenBy = takenBy;
    }

    public ModelDeclarations Model { get; }

    /// <summary>The name the card is written under.</summary>
    public string Name { get; }

    /// <summary>The name the id asks for (<see cref="CardFileNames.Wanted"/>).</summary>
    public string Wanted { get; }

    /// <summary>Whether <see cref="Wanted"/> was taken, so <see cref="Name"/> carries a numeric suffix.</summary>
    public bool IsTaken { get; }

    /// <summary>The model that has <see cref="Wanted"/>; <see langword="null"/> when <see cref="IsTaken"/> because the BOM has it.</summary>
    public ModelDeclarations? TakenBy { get; }
}
