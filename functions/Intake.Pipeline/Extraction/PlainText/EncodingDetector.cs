using System.Text;

namespace Intake.Pipeline.Extraction.PlainText;

/// <param name="EncodingName">What was detected, for logs and tests ("utf-8", "shift_jis", ...).</param>
internal sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Decides how a text file is encoded: a byte order mark when there is one; UTF-16 without one from
/// where its zero bytes fall; strict UTF-8; then Shift_JIS against EUC-JP by decoding strictly with
/// each and scoring how much the result looks like Japanese. Returns null for binary data.
/// </summary>
internal static class EncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> ShiftJis = new(() => Legacy(932));
    private static readonly Lazy<Encoding> EucJp = new(() => Legacy(51932, 20932));

    public static DecodedText? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Decode(bytes[3..], StrictUtf8, "utf-8 (BOM)") ?? throw NotValid("UTF-8", "a UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(bytes[2..], StrictUtf16Le, "utf-16le (BOM)") ?? throw NotValid("UTF-16", "a UTF-16 little-endian");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(bytes[2..], StrictUtf16Be, "utf-16be (BOM)") ?? throw NotValid("UTF-16", "a UTF-16 big-endian");
        }

        var (zerosAtEven, zerosAtOdd) = CountZeros(bytes);
        if (zerosAtEven + zerosAtOdd > 0)
        {
            // No legacy Japanese encoding and no UTF-8 text contains zero bytes; UTF-16 of text with any
            // ASCII (line breaks at least) has them on one side of each pair: odd offsets for little-endian.
            return Utf16FromZeros(bytes, zerosAtEven, zerosAtOdd);
        }

        if (Decode(bytes, StrictUtf8, "utf-8") is { } utf8)
        {
            return utf8;
        }

        var candidates = new[]
        {
            Decode(bytes, ShiftJis.Value, "shift_jis"),
            Decode(bytes, EucJp.Value, "euc-jp"),
        };
        var best = candidates.OfType<DecodedText>()
            .Select(c => (Candidate: c, Score: TextPlausibility.Score(c.Text)))
            .Where(c => c.Score >= TextPlausibility.Threshold)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (best.Candidate is not null)
        {
            return best.Candidate;
        }

        // Last resort: UTF-16 Japanese with no ASCII at all has no zero bytes; accept it only when it
        // reads as mostly Japanese (ASCII text read as UTF-16 becomes random ideographs, so kana must show).
        return new[] { Decode(bytes, StrictUtf16Le, "utf-16le"), Decode(bytes, StrictUtf16Be, "utf-16be") }
            .OfType<DecodedText>()
            .Where(c => TextPlausibility.KanaShare(c.Text) >= 0.2 && TextPlausibility.Score(c.Text) >= TextPlausibility.Threshold)
            .OrderByDescending(c => TextPlausibility.Score(c.Text))
            .FirstOrDefault();
    }

    private static DecodedText? Utf16FromZeros(ReadOnlySpan<byte> bytes, int zerosAtEven, int zerosAtOdd)
    {
        var zeros = zerosAtEven + zerosAtOdd;
        DecodedText? decoded = null;
        if (zerosAtOdd >= zeros * 0.9)
        {
            decoded = Decode(bytes, StrictUtf16Le, "utf-16le");
        }
        else if (zerosAtEven >= zeros * 0.9)
        {
            decoded = Decode(bytes, StrictUtf16Be, "utf-16be");
        }

        return decoded is not null && TextPlausibility.Score(decoded.Text) >= TextPlausibility.Threshold ? decoded : null;
    }

    private static (int AtEven, int AtOdd) CountZeros(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        return (even, odd);
    }

    private static DecodedText? Decode(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return TextPlausibility.HasBinaryControls(text) ? null : new DecodedText(text, name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // UnicodeEncoding reports an odd trailing byte this way.
            return null;
        }
    }

    private static InvalidDocumentException NotValid(string encoding, string bom) =>
        new($"unsupported type: the file starts with {bom} byte order mark but is not valid {encoding} text");

    private static Encoding Legacy(params int[] codePages)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var codePage in codePages)
        {
            try
            {
                return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (NotSupportedException)
            {
                // Try the next code page for the same encoding.
            }
            catch (ArgumentException)
            {
                // Try the next code page for the same encoding.
            }
        }

        throw new InvalidOperationException($"None of the code pages {string.Join(", ", codePages)} is available.");
    }
}
