using System.Collections.Generic;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// A set of short ASCII letter/digit codes (language, script, region and variant subtags), matched case-insensitively
/// without allocating: each code of up to 12 characters packs into a <see cref="long"/> (base 37).
/// </summary>
internal sealed class SubtagSet
{
    private readonly HashSet<long> _keys;
    private readonly Dictionary<long, string>? _values;

    private SubtagSet(HashSet<long> keys, Dictionary<long, string>? values)
    {
        _keys = keys;
        _values = values;
    }

    internal int Count => _keys.Count;

    /// <summary>A set from space-separated codes.</summary>
    internal static SubtagSet FromCodes(string data)
    {
        var keys = new HashSet<long>();
        var start = 0;
        while (NextToken(data, ref start, out var tokenStart, out var tokenLength))
        {
            var key = Pack(data, tokenStart, tokenLength);
            if (key >= 0)
            {
                keys.Add(key);
            }
        }

        return new SubtagSet(keys, null);
    }

    /// <summary>A map from space-separated <c>code:value</c> pairs; the value may be empty.</summary>
    internal static SubtagSet FromPairs(string data)
    {
        var keys = new HashSet<long>();
        var values = new Dictionary<long, string>();
        var start = 0;
        while (NextToken(data, ref start, out var tokenStart, out var tokenLength))
        {
            var colon = data.IndexOf(':', tokenStart, tokenLength);
            if (colon < 0)
            {
                continue;
            }

            var key = Pack(data, tokenStart, colon - tokenStart);
            if (key >= 0)
            {
                keys.Add(key);
                values[key] = data.Substring(colon + 1, tokenStart + tokenLength - colon - 1);
            }
        }

        return new SubtagSet(keys, values);
    }

    internal bool Contains(string text, int start, int length)
    {
        var key = Pack(text, start, length);
        return key >= 0 && _keys.Contains(key);
    }

    internal bool Contains(string text) => Contains(text, 0, text.Length);

    /// <summary>The value stored with the code (maps only); false when the code is absent.</summary>
    internal bool TryGetValue(string text, int start, int length, out string value)
    {
        var key = Pack(text, start, length);
        if (key >= 0 && _values is not null && _values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>The code packed case-insensitively, or -1 when it is empty, longer than 12 or not ASCII letters/digits.</summary>
    internal static long Pack(string text, int start, int length)
    {
        if (length <= 0 || length > 12 || start < 0 || start + length > text.Length)
        {
            return -1;
        }

        long key = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            int digit;
            if (c >= 'a' && c <= 'z')
            {
                digit = c - 'a' + 1;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                digit = c - 'A' + 1;
            }
            else if (c >= '0' && c <= '9')
            {
                digit = c - '0' + 27;
            }
            else
            {
                return -1;
            }

            key = (key * 37) + digit;
        }

        return key;
    }

    private static bool NextToken(string data, ref int position, out int tokenStart, out int tokenLength)
    {
        while (position < data.Length && data[position] == ' ')
        {
            position++;
        }

        tokenStart = position;
        while (position < data.Length && data[position] != ' ')
        {
            position++;
        }

        tokenLength = position - tokenStart;
        return tokenLength > 0;
    }
}
