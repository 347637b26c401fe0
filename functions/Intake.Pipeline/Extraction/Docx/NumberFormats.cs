using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Extraction.Docx;

/// <summary>Renders a list counter in a Word number format (w:numFmt), as Word would show it.</summary>
internal static class NumberFormats
{
    private const string KanjiDigits = "〇一二三四五六七八九";
    private const string Aiueo = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private const string Iroha = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

    public static string Format(int value, string? format) => format switch
    {
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(value),
        "japaneseCounting" or "chineseCounting" or "chineseCountingThousand" or "japaneseLegal" => KanjiCounting(value),
        "japaneseDigitalTenThousand" or "ideographDigital" => KanjiDigitByDigit(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : Decimal(value),
        "aiueoFullWidth" or "aiueo" => Cycle(Aiueo, value),
        "irohaFullWidth" or "iroha" => Cycle(Iroha, value),
        "none" => string.Empty,
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(int value) =>
        string.Concat(Decimal(value).Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c));

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                text.Append(symbols[i]);
                value -= values[i];
            }
        }

        return text.ToString();
    }

    /// <summary>A..Z, then AA..ZZ, as Word does (the letter repeated, not base 26).</summary>
    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 百五, 3000 → 三千.</summary>
    internal static string KanjiCounting(int value)
    {
        if (value <= 0 || value >= 10000)
        {
            return KanjiDigitByDigit(value);
        }

        var text = new StringBuilder();
        (int Unit, char Name)[] units = [(1000, '千'), (100, '百'), (10, '十')];
        foreach (var (unit, name) in units)
        {
            var digit = value / unit;
            if (digit > 0)
            {
                if (digit > 1)
                {
                    text.Append(KanjiDigits[digit]);
                }

                text.Append(name);
            }

            value %= unit;
        }

        if (value > 0)
        {
            text.Append(KanjiDigits[value]);
        }

        return text.ToString();
    }

    private static string KanjiDigitByDigit(int value) =>
        string.Concat(Decimal(value).Select(c => c is >= '0' and <= '9' ? KanjiDigits[c - '0'] : c));

    private static string Cycle(string alphabet, int value) =>
        value <= 0 ? Decimal(value) : alphabet[(value - 1) % alphabet.Length].ToString();
}
