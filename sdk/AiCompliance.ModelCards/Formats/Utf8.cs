using System.Text;

namespace AiCompliance.ModelCards.Formats;

internal static class Utf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => Encoding.GetBytes(text);
}
