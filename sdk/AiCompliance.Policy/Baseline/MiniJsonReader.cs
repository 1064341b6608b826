using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiCompliance.Policy.Baseline;

/// <summary>
/// A strict JSON reader for the baseline file. AiCompliance.Policy loads inside every compiler next to the analyzers and
/// has no dependencies, so it cannot use System.Text.Json. Objects become dictionaries, arrays lists, numbers doubles.
/// Depth is bounded so that a hostile file cannot overflow the compiler's stack.
/// </summary>
internal sealed class MiniJsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;

    public MiniJsonReader(string text) => _text = text;

    public object? ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        var value = ReadValue(0);
        SkipWhitespace();
        if (_position != _text.Length)
        {
            throw Error("unexpected text after the document");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of file");
        }

        switch (_text[_position])
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return ReadString();
            case 't': ReadLiteral("true"); return true;
            case 'f': ReadLiteral("false"); return false;
            case 'n': ReadLiteral("null"); return null;
            default: return ReadNumber();
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name");
            }

            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            result[name] = ReadValue(depth + 1);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return result;
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return result;
        }

        while (true)
        {
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return result;
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Error("control character in a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = _position < _text.Length ? _text[_position++] : '\0';
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("bad \\u escape");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error("bad escape in a string");
            }
        }
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }

        if (start == _position ||
            !double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ||
            double.IsInfinity(value))
        {
            _position = start;
            throw Error("unexpected character '" + Printable(Peek()) + "'");
        }

        return value;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character '" + Printable(Peek()) + "'");
        }

        _position += literal.Length;
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Error("expected '" + expected + "'");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private static string Printable(char c) => c >= 0x20 && c < 0x7F ? c.ToString() : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private FormatException Error(string message)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new FormatException(message + " at line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture));
    }
}
