using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// The one JSON layout of every JSON output: indented, LF line endings on every OS, control and invisible characters
/// escaped, nothing else beyond what JSON requires. Typed documents (the card, the CycloneDX BOM, the diff) go through <see cref="Serialize"/>; the
/// SARIF log is still written through <see cref="Writer"/>, with user strings cleaned of lone surrogates.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    // Every JSON output is a file of its own, never inlined into HTML (the HTML card escapes its own text), so only what
    // JSON requires is escaped: a licence "GPL-2.0+" or an owner "Women's Health" reads as written. Control and invisible
    // characters are still escaped (EscapeInvisible); letters of every script stay readable. Should a JSON output ever
    // be inlined into a page, that writer must use an HTML-safe encoder (JavaScriptEncoder.Default) instead.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly MemoryStream _stream = new();
    private readonly Utf8JsonWriter _writer;

    public JsonOutput() => _writer = new Utf8JsonWriter(_stream, Options);

    public Utf8JsonWriter Writer => _writer;

    public void String(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, Escaping.Clean(value));
        }
    }

    public void Integer(string name, int? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(name, v);
        }
        else
        {
            _writer.WriteNull(name);
        }
    }

    /// <summary>
    /// A typed document as UTF-8 bytes, exactly as <see cref="ToBytes"/> gives a written one: the type info (from a
    /// source-generated context) fixes the property order, this writer the layout and escaping.
    /// </summary>
    public static byte[] Serialize<T>(T document, JsonTypeInfo<T> typeInfo)
    {
        using var json = new JsonOutput();
        JsonSerializer.Serialize(json.Writer, document, typeInfo);
        return json.ToBytes();
    }

    /// <summary>The document as UTF-8 bytes (no BOM) with LF line endings and a final newline.</summary>
    public byte[] ToBytes()
    {
        _writer.Flush();
        var text = Encoding.UTF8.GetString(_stream.ToArray());
        // Indentation uses Environment.NewLine; string values never hold a raw line break, so this only touches layout.
        text = text.Replace("\r\n", "\n") + "\n";
        return new UTF8Encoding(false).GetBytes(EscapeInvisible(text));
    }

    /// <summary>
    /// The encoder lets some invisible format characters through (bidirectional controls, the BOM). Raw, they can reorder
    /// how the file displays; they only ever occur inside string values, where the \u escape means the same.
    /// </summary>
    private static string EscapeInvisible(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && (Escaping.IsControl(c) || Escaping.IsInvisibleFormat(c)))
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 16);
                result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                result?.Append(c);
            }
        }

        return result?.ToString() ?? text;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
